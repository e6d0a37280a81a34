// Generated from offerSchema by test/offer/json-schema.test.ts: run `npm run generate` after a
// change to the schema (the test fails until then). Do not edit by hand.
import { deepFreeze } from '../util/freeze.js';

/**
 * The offer as JSON Schema (draft 2020-12), generated from `offerSchema` with zod 4: what a user
 * may write, with defaults, bounds and the choices of every field. Form builders and programs in
 * other languages validate against it; cross-field rules (tiers increasing, overtime only when
 * non-exempt, time off below scheduled hours) are checked by `parseOffer` only. Also shipped as
 * the file `total-comp/offer.schema.json`. Deeply frozen.
 *
 * @example
 * ```ts
 * import { offerJsonSchema } from 'total-comp';
 * offerJsonSchema.required; // ["label", "pay"]
 * ```
 */
export const offerJsonSchema: Readonly<Record<string, unknown>> = deepFreeze({
  "$id": "https://unpkg.com/total-comp/offer.schema.json",
  "title": "total-comp offer",
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "id": {
      "type": "string",
      "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"
    },
    "label": {
      "type": "string",
      "minLength": 1,
      "maxLength": 200
    },
    "currency": {
      "default": "USD",
      "type": "string",
      "pattern": "^[A-Z]{3}$"
    },
    "pay": {
      "oneOf": [
        {
          "type": "object",
          "properties": {
            "type": {
              "type": "string",
              "const": "salary"
            },
            "amount": {
              "anyOf": [
                {
                  "type": "number",
                  "minimum": 0,
                  "maximum": 1000000000000
                },
                {
                  "type": "string",
                  "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                  "maxLength": 40
                }
              ]
            },
            "per": {
              "default": "year",
              "type": "string",
              "enum": [
                "year",
                "month",
                "semimonth",
                "biweek",
                "week"
              ]
            },
            "exempt": {
              "default": true,
              "type": "boolean"
            },
            "hoursPerWeek": {
              "type": "number",
              "exclusiveMinimum": 0,
              "maximum": 168,
              "default": 40
            },
            "overtimeAfterHoursPerWeek": {
              "type": "number",
              "exclusiveMinimum": 0,
              "maximum": 40,
              "default": 40
            },
            "daysPerWeek": {
              "type": "integer",
              "minimum": 1,
              "maximum": 7,
              "default": 5
            },
            "overtimeRule": {
              "type": "string",
              "enum": [
                "federal",
                "daily-8",
                "daily-12",
                "california",
                "8-and-80"
              ]
            },
            "alternativeWorkweek": {
              "default": false,
              "type": "boolean"
            },
            "differentials": {
              "maxItems": 20,
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "label": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "shift",
                      "weekend",
                      "holiday",
                      "on-call",
                      "other"
                    ]
                  },
                  "amountPerHour": {
                    "anyOf": [
                      {
                        "type": "number",
                        "minimum": 0,
                        "maximum": 1000000000000
                      },
                      {
                        "type": "string",
                        "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                        "maxLength": 40
                      }
                    ]
                  },
                  "percentOfRate": {
                    "anyOf": [
                      {
                        "type": "number",
                        "minimum": 0,
                        "maximum": 1000
                      },
                      {
                        "type": "string",
                        "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                        "maxLength": 40
                      }
                    ]
                  },
                  "hoursPerWeek": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 168
                  },
                  "hoursPerYear": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 8736
                  },
                  "percentOfHours": {
                    "anyOf": [
                      {
                        "type": "number",
                        "minimum": 0,
                        "maximum": 100
                      },
                      {
                        "type": "string",
                        "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                        "maxLength": 40
                      }
                    ]
                  },
                  "guaranteed": {
                    "type": "boolean"
                  }
                },
                "required": [
                  "label",
                  "kind"
                ],
                "additionalProperties": false,
                "allOf": [
                  {
                    "oneOf": [
                      {
                        "required": [
                          "amountPerHour"
                        ]
                      },
                      {
                        "required": [
                          "percentOfRate"
                        ]
                      }
                    ]
                  },
                  {
                    "oneOf": [
                      {
                        "required": [
                          "hoursPerWeek"
                        ]
                      },
                      {
                        "required": [
                          "hoursPerYear"
                        ]
                      },
                      {
                        "required": [
                          "percentOfHours"
                        ]
                      }
                    ]
                  }
                ]
              }
            }
          },
          "required": [
            "type",
            "amount"
          ],
          "additionalProperties": false
        },
        {
          "type": "object",
          "properties": {
            "type": {
              "type": "string",
              "const": "hourly"
            },
            "rate": {
              "anyOf": [
                {
                  "type": "number",
                  "minimum": 0,
                  "maximum": 1000000000000
                },
                {
                  "type": "string",
                  "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                  "maxLength": 40
                }
              ]
            },
            "paidWeeksPerYear": {
              "type": "number",
              "exclusiveMinimum": 0,
              "maximum": 52,
              "default": 52
            },
            "hoursPerWeek": {
              "type": "number",
              "exclusiveMinimum": 0,
              "maximum": 168,
              "default": 40
            },
            "overtimeAfterHoursPerWeek": {
              "type": "number",
              "exclusiveMinimum": 0,
              "maximum": 40,
              "default": 40
            },
            "daysPerWeek": {
              "type": "integer",
              "minimum": 1,
              "maximum": 7,
              "default": 5
            },
            "overtimeRule": {
              "type": "string",
              "enum": [
                "federal",
                "daily-8",
                "daily-12",
                "california",
                "8-and-80"
              ]
            },
            "alternativeWorkweek": {
              "default": false,
              "type": "boolean"
            },
            "differentials": {
              "maxItems": 20,
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "label": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 200
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "shift",
                      "weekend",
                      "holiday",
                      "on-call",
                      "other"
                    ]
                  },
                  "amountPerHour": {
                    "anyOf": [
                      {
                        "type": "number",
                        "minimum": 0,
                        "maximum": 1000000000000
                      },
                      {
                        "type": "string",
                        "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                        "maxLength": 40
                      }
                    ]
                  },
                  "percentOfRate": {
                    "anyOf": [
                      {
                        "type": "number",
                        "minimum": 0,
                        "maximum": 1000
                      },
                      {
                        "type": "string",
                        "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                        "maxLength": 40
                      }
                    ]
                  },
                  "hoursPerWeek": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 168
                  },
                  "hoursPerYear": {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 8736
                  },
                  "percentOfHours": {
                    "anyOf": [
                      {
                        "type": "number",
                        "minimum": 0,
                        "maximum": 100
                      },
                      {
                        "type": "string",
                        "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                        "maxLength": 40
                      }
                    ]
                  },
                  "guaranteed": {
                    "type": "boolean"
                  }
                },
                "required": [
                  "label",
                  "kind"
                ],
                "additionalProperties": false,
                "allOf": [
                  {
                    "oneOf": [
                      {
                        "required": [
                          "amountPerHour"
                        ]
                      },
                      {
                        "required": [
                          "percentOfRate"
                        ]
                      }
                    ]
                  },
                  {
                    "oneOf": [
                      {
                        "required": [
                          "hoursPerWeek"
                        ]
                      },
                      {
                        "required": [
                          "hoursPerYear"
                        ]
                      },
                      {
                        "required": [
                          "percentOfHours"
                        ]
                      }
                    ]
                  }
                ]
              }
            }
          },
          "required": [
            "type",
            "rate"
          ],
          "additionalProperties": false
        }
      ]
    },
    "overtime": {
      "type": "object",
      "properties": {
        "hoursPerWeek": {
          "type": "number",
          "minimum": 0,
          "maximum": 128
        },
        "hoursPerYear": {
          "type": "number",
          "minimum": 0,
          "maximum": 6656
        },
        "weeksPerYear": {
          "type": "number",
          "minimum": 0,
          "maximum": 52
        },
        "multiplier": {
          "type": "number",
          "minimum": 1,
          "maximum": 10,
          "default": 1.5
        },
        "minHoursPerWeek": {
          "type": "number",
          "minimum": 0,
          "maximum": 128
        },
        "maxHoursPerWeek": {
          "type": "number",
          "minimum": 0,
          "maximum": 128
        }
      },
      "additionalProperties": false,
      "oneOf": [
        {
          "required": [
            "hoursPerWeek"
          ]
        },
        {
          "required": [
            "hoursPerYear"
          ]
        }
      ]
    },
    "bonuses": {
      "maxItems": 50,
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "label": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "kind": {
            "type": "string",
            "enum": [
              "performance",
              "productivity",
              "accuracy",
              "team",
              "profit-sharing",
              "retention",
              "signing",
              "relocation",
              "referral",
              "other"
            ]
          },
          "amount": {
            "anyOf": [
              {
                "type": "number",
                "minimum": 0,
                "maximum": 1000000000000
              },
              {
                "type": "string",
                "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                "maxLength": 40
              }
            ]
          },
          "per": {
            "type": "string",
            "enum": [
              "year",
              "quarter",
              "month"
            ]
          },
          "percentOfBase": {
            "anyOf": [
              {
                "type": "number",
                "minimum": 0,
                "maximum": 1000
              },
              {
                "type": "string",
                "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                "maxLength": 40
              }
            ]
          },
          "percentOfEarnings": {
            "anyOf": [
              {
                "type": "number",
                "minimum": 0,
                "maximum": 100
              },
              {
                "type": "string",
                "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                "maxLength": 40
              }
            ]
          },
          "perUnit": {
            "type": "object",
            "properties": {
              "unit": {
                "type": "string",
                "minLength": 1,
                "maxLength": 200
              },
              "unitsPerHour": {
                "type": "number",
                "minimum": 0,
                "maximum": 1000
              },
              "productivePercent": {
                "anyOf": [
                  {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 100
                  },
                  {
                    "type": "string",
                    "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                    "maxLength": 40
                  }
                ],
                "default": 100
              },
              "tiers": {
                "minItems": 1,
                "maxItems": 10,
                "type": "array",
                "items": {
                  "type": "object",
                  "properties": {
                    "fromUnitsPerHour": {
                      "type": "number",
                      "minimum": 0,
                      "maximum": 1000
                    },
                    "ratePerUnit": {
                      "anyOf": [
                        {
                          "type": "number",
                          "minimum": 0,
                          "maximum": 1000000000000
                        },
                        {
                          "type": "string",
                          "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                          "maxLength": 40
                        }
                      ]
                    }
                  },
                  "additionalProperties": false,
                  "required": [
                    "fromUnitsPerHour",
                    "ratePerUnit"
                  ]
                }
              }
            },
            "required": [
              "unit",
              "unitsPerHour",
              "tiers"
            ],
            "additionalProperties": false
          },
          "flatSum": {
            "default": false,
            "type": "boolean"
          },
          "expectedPayoutPercent": {
            "anyOf": [
              {
                "type": "number",
                "minimum": 0,
                "maximum": 1000
              },
              {
                "type": "string",
                "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                "maxLength": 40
              }
            ],
            "default": 100
          },
          "minPayoutPercent": {
            "anyOf": [
              {
                "type": "number",
                "minimum": 0,
                "maximum": 1000
              },
              {
                "type": "string",
                "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                "maxLength": 40
              }
            ]
          },
          "maxPayoutPercent": {
            "anyOf": [
              {
                "type": "number",
                "minimum": 0,
                "maximum": 1000
              },
              {
                "type": "string",
                "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                "maxLength": 40
              }
            ]
          },
          "guaranteed": {
            "default": false,
            "type": "boolean"
          },
          "discretionary": {
            "default": false,
            "type": "boolean"
          },
          "oneTime": {
            "type": "boolean"
          },
          "clawback": {
            "type": "object",
            "properties": {
              "months": {
                "type": "integer",
                "minimum": 1,
                "maximum": 60
              },
              "prorated": {
                "default": false,
                "type": "boolean"
              }
            },
            "additionalProperties": false,
            "required": [
              "months"
            ]
          }
        },
        "required": [
          "label",
          "kind"
        ],
        "additionalProperties": false,
        "oneOf": [
          {
            "required": [
              "amount"
            ]
          },
          {
            "required": [
              "percentOfBase"
            ]
          },
          {
            "required": [
              "percentOfEarnings"
            ]
          },
          {
            "required": [
              "perUnit"
            ]
          }
        ]
      }
    },
    "benefits": {
      "type": "object",
      "properties": {
        "insurance": {
          "maxItems": 20,
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "kind": {
                "type": "string",
                "enum": [
                  "medical",
                  "dental",
                  "vision",
                  "life",
                  "disability",
                  "other"
                ]
              },
              "label": {
                "type": "string",
                "minLength": 1,
                "maxLength": 200
              },
              "employerPaid": {
                "anyOf": [
                  {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1000000000000
                  },
                  {
                    "type": "string",
                    "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                    "maxLength": 40
                  }
                ],
                "default": 0
              },
              "employeePaid": {
                "anyOf": [
                  {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1000000000000
                  },
                  {
                    "type": "string",
                    "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                    "maxLength": 40
                  }
                ],
                "default": 0
              },
              "coverage": {
                "default": "self",
                "type": "string",
                "enum": [
                  "self",
                  "self-plus-one",
                  "family"
                ]
              },
              "outOfPocket": {
                "type": "object",
                "properties": {
                  "deductible": {
                    "anyOf": [
                      {
                        "type": "number",
                        "minimum": 0,
                        "maximum": 1000000000000
                      },
                      {
                        "type": "string",
                        "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                        "maxLength": 40
                      }
                    ]
                  },
                  "coinsurancePercent": {
                    "anyOf": [
                      {
                        "type": "number",
                        "minimum": 0,
                        "maximum": 100
                      },
                      {
                        "type": "string",
                        "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                        "maxLength": 40
                      }
                    ]
                  },
                  "outOfPocketMax": {
                    "anyOf": [
                      {
                        "type": "number",
                        "minimum": 0,
                        "maximum": 1000000000000
                      },
                      {
                        "type": "string",
                        "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                        "maxLength": 40
                      }
                    ]
                  },
                  "expectedClaims": {
                    "anyOf": [
                      {
                        "type": "number",
                        "minimum": 0,
                        "maximum": 1000000000000
                      },
                      {
                        "type": "string",
                        "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                        "maxLength": 40
                      }
                    ]
                  }
                },
                "additionalProperties": false,
                "required": [
                  "deductible",
                  "coinsurancePercent",
                  "outOfPocketMax",
                  "expectedClaims"
                ]
              },
              "startsAfterMonths": {
                "type": "integer",
                "minimum": 0,
                "maximum": 24,
                "default": 0
              }
            },
            "required": [
              "kind"
            ],
            "additionalProperties": false
          }
        },
        "retirement": {
          "anyOf": [
            {
              "$ref": "#/$defs/retirementPlan"
            },
            {
              "maxItems": 3,
              "type": "array",
              "items": {
                "$ref": "#/$defs/retirementPlan"
              }
            }
          ]
        },
        "hsa": {
          "type": "object",
          "properties": {
            "employerContribution": {
              "anyOf": [
                {
                  "type": "number",
                  "minimum": 0,
                  "maximum": 1000000000000
                },
                {
                  "type": "string",
                  "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                  "maxLength": 40
                }
              ],
              "default": 0
            },
            "employeeContribution": {
              "anyOf": [
                {
                  "type": "number",
                  "minimum": 0,
                  "maximum": 1000000000000
                },
                {
                  "type": "string",
                  "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                  "maxLength": 40
                }
              ],
              "default": 0
            },
            "coverage": {
              "default": "self",
              "type": "string",
              "enum": [
                "self",
                "self-plus-one",
                "family"
              ]
            },
            "startsAfterMonths": {
              "type": "integer",
              "minimum": 0,
              "maximum": 24,
              "default": 0
            }
          },
          "additionalProperties": false
        },
        "hra": {
          "type": "object",
          "properties": {
            "employerContribution": {
              "anyOf": [
                {
                  "type": "number",
                  "minimum": 0,
                  "maximum": 1000000000000
                },
                {
                  "type": "string",
                  "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                  "maxLength": 40
                }
              ]
            },
            "expectedUsePercent": {
              "anyOf": [
                {
                  "type": "number",
                  "minimum": 0,
                  "maximum": 100
                },
                {
                  "type": "string",
                  "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                  "maxLength": 40
                }
              ],
              "default": 100
            },
            "startsAfterMonths": {
              "type": "integer",
              "minimum": 0,
              "maximum": 24,
              "default": 0
            }
          },
          "additionalProperties": false,
          "required": [
            "employerContribution"
          ]
        },
        "timeOff": {
          "type": "object",
          "properties": {
            "vacationDays": {
              "type": "number",
              "minimum": 0,
              "maximum": 366,
              "default": 0
            },
            "sickDays": {
              "type": "number",
              "minimum": 0,
              "maximum": 366,
              "default": 0
            },
            "holidays": {
              "type": "number",
              "minimum": 0,
              "maximum": 366,
              "default": 0
            },
            "personalDays": {
              "type": "number",
              "minimum": 0,
              "maximum": 366,
              "default": 0
            }
          },
          "additionalProperties": false,
          "default": {}
        },
        "education": {
          "type": "object",
          "properties": {
            "ceuStipend": {
              "anyOf": [
                {
                  "type": "number",
                  "minimum": 0,
                  "maximum": 1000000000000
                },
                {
                  "type": "string",
                  "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                  "maxLength": 40
                }
              ],
              "default": 0
            },
            "certificationFeesCovered": {
              "anyOf": [
                {
                  "type": "number",
                  "minimum": 0,
                  "maximum": 1000000000000
                },
                {
                  "type": "string",
                  "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                  "maxLength": 40
                }
              ],
              "default": 0
            },
            "tuitionReimbursement": {
              "anyOf": [
                {
                  "type": "number",
                  "minimum": 0,
                  "maximum": 1000000000000
                },
                {
                  "type": "string",
                  "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                  "maxLength": 40
                }
              ],
              "default": 0
            },
            "expectedUsePercent": {
              "anyOf": [
                {
                  "type": "number",
                  "minimum": 0,
                  "maximum": 100
                },
                {
                  "type": "string",
                  "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                  "maxLength": 40
                }
              ],
              "default": 100
            },
            "startsAfterMonths": {
              "type": "integer",
              "minimum": 0,
              "maximum": 24,
              "default": 0
            }
          },
          "additionalProperties": false,
          "default": {}
        },
        "other": {
          "maxItems": 50,
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "label": {
                "type": "string",
                "minLength": 1,
                "maxLength": 200
              },
              "annualValue": {
                "anyOf": [
                  {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1000000000000
                  },
                  {
                    "type": "string",
                    "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                    "maxLength": 40
                  }
                ]
              },
              "amount": {
                "anyOf": [
                  {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1000000000000
                  },
                  {
                    "type": "string",
                    "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                    "maxLength": 40
                  }
                ]
              },
              "per": {
                "type": "string",
                "enum": [
                  "year",
                  "month"
                ]
              }
            },
            "required": [
              "label"
            ],
            "additionalProperties": false,
            "oneOf": [
              {
                "required": [
                  "annualValue"
                ]
              },
              {
                "required": [
                  "amount"
                ]
              }
            ]
          }
        }
      },
      "additionalProperties": false,
      "default": {}
    },
    "costs": {
      "type": "object",
      "properties": {
        "commute": {
          "type": "object",
          "properties": {
            "daysPerWeek": {
              "type": "number",
              "minimum": 0,
              "maximum": 7
            },
            "costPerDay": {
              "anyOf": [
                {
                  "type": "number",
                  "minimum": 0,
                  "maximum": 1000000000000
                },
                {
                  "type": "string",
                  "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                  "maxLength": 40
                }
              ]
            }
          },
          "additionalProperties": false,
          "required": [
            "daysPerWeek",
            "costPerDay"
          ]
        },
        "other": {
          "maxItems": 50,
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "label": {
                "type": "string",
                "minLength": 1,
                "maxLength": 200
              },
              "annualAmount": {
                "anyOf": [
                  {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1000000000000
                  },
                  {
                    "type": "string",
                    "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                    "maxLength": 40
                  }
                ]
              },
              "amount": {
                "anyOf": [
                  {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1000000000000
                  },
                  {
                    "type": "string",
                    "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                    "maxLength": 40
                  }
                ]
              },
              "per": {
                "type": "string",
                "enum": [
                  "year",
                  "month"
                ]
              },
              "percentOfBase": {
                "anyOf": [
                  {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 100
                  },
                  {
                    "type": "string",
                    "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                    "maxLength": 40
                  }
                ]
              }
            },
            "required": [
              "label"
            ],
            "additionalProperties": false,
            "oneOf": [
              {
                "required": [
                  "annualAmount"
                ]
              },
              {
                "required": [
                  "amount"
                ]
              },
              {
                "required": [
                  "percentOfBase"
                ]
              }
            ]
          }
        }
      },
      "additionalProperties": false,
      "default": {}
    },
    "location": {
      "type": "object",
      "properties": {
        "label": {
          "type": "string",
          "minLength": 1,
          "maxLength": 200
        },
        "costIndex": {
          "type": "number",
          "minimum": 1,
          "maximum": 1000
        },
        "region": {
          "type": "string",
          "enum": [
            "US-AK",
            "US-AL",
            "US-AR",
            "US-AZ",
            "US-CA",
            "US-CO",
            "US-CT",
            "US-DC",
            "US-DE",
            "US-FL",
            "US-GA",
            "US-HI",
            "US-IA",
            "US-ID",
            "US-IL",
            "US-IN",
            "US-KS",
            "US-KY",
            "US-LA",
            "US-MA",
            "US-MD",
            "US-ME",
            "US-MI",
            "US-MN",
            "US-MO",
            "US-MS",
            "US-MT",
            "US-NC",
            "US-ND",
            "US-NE",
            "US-NH",
            "US-NJ",
            "US-NM",
            "US-NV",
            "US-NY",
            "US-OH",
            "US-OK",
            "US-OR",
            "US-PA",
            "US-RI",
            "US-SC",
            "US-SD",
            "US-TN",
            "US-TX",
            "US-UT",
            "US-VA",
            "US-VT",
            "US-WA",
            "US-WI",
            "US-WV",
            "US-WY"
          ]
        },
        "payAdjustmentPercent": {
          "anyOf": [
            {
              "type": "number",
              "exclusiveMinimum": -100,
              "maximum": 1000
            },
            {
              "type": "string",
              "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
              "maxLength": 40
            }
          ],
          "default": 0
        }
      },
      "additionalProperties": false,
      "default": {}
    },
    "growth": {
      "type": "object",
      "properties": {
        "annualRaisePercent": {
          "anyOf": [
            {
              "type": "number",
              "minimum": 0,
              "maximum": 100
            },
            {
              "type": "string",
              "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
              "maxLength": 40
            }
          ],
          "default": 0
        },
        "steps": {
          "maxItems": 50,
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "year": {
                "type": "integer",
                "minimum": 1,
                "maximum": 50
              },
              "month": {
                "type": "integer",
                "minimum": 1,
                "maximum": 120
              },
              "percent": {
                "anyOf": [
                  {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 100
                  },
                  {
                    "type": "string",
                    "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                    "maxLength": 40
                  }
                ]
              },
              "label": {
                "type": "string",
                "minLength": 1,
                "maxLength": 200
              }
            },
            "additionalProperties": false,
            "oneOf": [
              {
                "required": [
                  "year"
                ]
              },
              {
                "required": [
                  "month"
                ]
              }
            ],
            "required": [
              "percent"
            ]
          }
        }
      },
      "additionalProperties": false,
      "default": {}
    }
  },
  "required": [
    "label",
    "pay"
  ],
  "additionalProperties": false,
  "$defs": {
    "retirementPlan": {
      "type": "object",
      "properties": {
        "plan": {
          "type": "string",
          "enum": [
            "401k",
            "403b",
            "457b",
            "other",
            "pension"
          ]
        },
        "match": {
          "maxItems": 10,
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "matchPercent": {
                "anyOf": [
                  {
                    "type": "number",
                    "minimum": 0,
                    "maximum": 1000
                  },
                  {
                    "type": "string",
                    "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                    "maxLength": 40
                  }
                ]
              },
              "upToPercentOfPay": {
                "anyOf": [
                  {
                    "type": "number",
                    "exclusiveMinimum": 0,
                    "maximum": 100
                  },
                  {
                    "type": "string",
                    "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                    "maxLength": 40
                  }
                ]
              }
            },
            "additionalProperties": false,
            "required": [
              "matchPercent",
              "upToPercentOfPay"
            ]
          }
        },
        "nonElectivePercent": {
          "anyOf": [
            {
              "type": "number",
              "minimum": 0,
              "maximum": 100
            },
            {
              "type": "string",
              "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
              "maxLength": 40
            }
          ],
          "default": 0
        },
        "employeeContributionPercent": {
          "anyOf": [
            {
              "type": "number",
              "minimum": 0,
              "maximum": 100
            },
            {
              "type": "string",
              "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
              "maxLength": 40
            }
          ]
        },
        "eligiblePay": {
          "default": [
            "base"
          ],
          "minItems": 1,
          "maxItems": 4,
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "base",
              "overtime",
              "bonuses",
              "differentials"
            ]
          }
        },
        "vesting": {
          "oneOf": [
            {
              "type": "object",
              "properties": {
                "type": {
                  "type": "string",
                  "const": "immediate"
                }
              },
              "required": [
                "type"
              ],
              "additionalProperties": false
            },
            {
              "type": "object",
              "properties": {
                "type": {
                  "type": "string",
                  "const": "cliff"
                },
                "years": {
                  "type": "integer",
                  "minimum": 0,
                  "maximum": 10
                }
              },
              "required": [
                "type",
                "years"
              ],
              "additionalProperties": false
            },
            {
              "type": "object",
              "properties": {
                "type": {
                  "type": "string",
                  "const": "graded"
                },
                "vestedPercentByYear": {
                  "minItems": 1,
                  "maxItems": 10,
                  "type": "array",
                  "items": {
                    "anyOf": [
                      {
                        "type": "number",
                        "minimum": 0,
                        "maximum": 100
                      },
                      {
                        "type": "string",
                        "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                        "maxLength": 40
                      }
                    ]
                  }
                }
              },
              "required": [
                "type",
                "vestedPercentByYear"
              ],
              "additionalProperties": false
            }
          ],
          "default": {
            "type": "immediate"
          }
        },
        "governmental": {
          "default": false,
          "type": "boolean"
        },
        "pension": {
          "type": "object",
          "properties": {
            "employerPercentOfPay": {
              "anyOf": [
                {
                  "type": "number",
                  "minimum": 0,
                  "maximum": 100
                },
                {
                  "type": "string",
                  "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                  "maxLength": 40
                }
              ]
            },
            "employeePercentOfPay": {
              "anyOf": [
                {
                  "type": "number",
                  "minimum": 0,
                  "maximum": 100
                },
                {
                  "type": "string",
                  "pattern": "^-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?$",
                  "maxLength": 40
                }
              ],
              "default": 0
            }
          },
          "additionalProperties": false,
          "required": [
            "employerPercentOfPay"
          ]
        },
        "startsAfterMonths": {
          "type": "integer",
          "minimum": 0,
          "maximum": 24,
          "default": 0
        }
      },
      "required": [
        "plan"
      ],
      "additionalProperties": false
    }
  }
});
