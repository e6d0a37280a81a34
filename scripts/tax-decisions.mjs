// The decisions a person made, state by state, in turning the tax research of data/tax/ into
// the tables of src/data/tax/tax-tables.ts: which missing figure is taken from the year before,
// which null stays null and why, the short source of each year's brackets, and the features
// the estimate leaves out in a few words. scripts/generate-tax-tables.mjs reads them and fails
// when the research holds a case that no decision here covers (or a decision no case uses).
// The full text behind every phrase is in the research file and docs/tax-sources.md.

/**
 * A published year's standard deduction or personal exemption that the research left null
 * because it was NOT FOUND (its `gaps` say so), while the year before had one: the year
 * before's figure is used and the field listed in `fromYearBefore`. `gap` must match one of
 * the file's gaps, so the decision rests on what the research wrote.
 */
export const FROM_YEAR_BEFORE = {
  'US-AR': { 2026: { standardDeduction: { gap: /^2026 standard deduction \(indexed\) not found$/, why: 'Arkansas indexes its standard deduction; the 2026 amount was not found (file gaps), so 2025\'s 2,470 / 4,940 / 2,470 is used.' } } },
  'US-MD': { 2026: { standardDeduction: { gap: /^2026 standard deduction \(CPI-indexed/, why: 'Maryland indexes its standard deduction from 2026 (Tax-General §10-217(c)); the Comptroller\'s 2026 amount was not found (file gaps), so 2025\'s 3,350 / 6,700 / 6,700 is used (slightly overstates tax).' } } },
  'US-RI': { 2026: { standardDeduction: { gap: /^2026 standard deduction amounts/, why: 'The 2026 amounts are in RI Advisory ADV 2025-22 but were not visible in what was read (file gaps), so 2025\'s 10,900 / 21,800 / 16,350 is used.' } } },
  'US-OH': { 2026: { personalExemption: { gap: /^2026 personal exemption amounts/, why: 'HB 96 changes Ohio\'s exemptions for 2026 but the amounts were not found (file gaps), so 2025\'s $1,900 per exemption (the tier above $80,000 MAGI) is used.' } } },
};

/**
 * Published years whose standard deduction or personal exemption is null although the state
 * has one: the research could not source the amount. The null stays (no figure is guessed) and
 * the estimate leaves the deduction out, which overstates the tax; each is in `notModelled`.
 * Every other null means the state has none for filers (or starts from federal taxable
 * income, where the federal deduction is already taken).
 */
export const NULL_KEPT = {
  'US-WI': { standardDeduction: 'Wisconsin\'s standard deduction slides down to $0 as income rises; the 2025 maxima and phase-out were not found, so none is applied (overstates tax at low and middle incomes).' },
  'US-OR': { personalExemption: 'Oregon\'s exemption credit (2024: $249, denied above $100,000 / $200,000 federal AGI) has no sourced 2025 amount, so none is applied.' },
};

/**
 * States whose standard deduction is the federal one by statute: the table says `'federal'`, and
 * the estimate takes the federal standard deduction of the tax year. Whether the 2025 federal
 * increase (Pub. L. 119-21) flows through was not verified in a state source; the statutes
 * refer to the federal amount of the year, so it is taken to.
 */
export const FEDERAL_STANDARD_DEDUCTION = {
  'US-MO': 'Missouri\'s standard deduction is the federal one (RSMo 143.131).',
  'US-NM': 'New Mexico deducts the federal standard deduction (PIT-1 line 12).',
};

/** Published years of a state with a wage tax that the table leaves out, and why. */
export const YEARS_LEFT_OUT = {
};

/** Pre-tax items a state taxes that its conformity record leaves out, with the source. */
export const EXTRA_TAXED_ITEMS = {
  'US-NJ': [{ item: 'pension', why: 'N.J.A.C. 18:35-2.5(a), quoted in the conformity sources: employee contributions to "403(b), 457, 414(h), SEP, Federal Thrift Savings Funds, or IRAs must be included in gross income" — so §414(h) pension pick-ups are taxed.' }],
};

/** The source of each year's brackets, in a few words (the first clause of the citation, cut to about 100 characters). */
export const BRACKET_SOURCES = {
  'US-AL 2025': 'Code of Alabama 1975 § 40-18-5',
  'US-AL 2026': 'Code of Alabama 1975 § 40-18-5',
  'US-AR 2025': 'Arkansas DFA 2025 Indexed Tax Brackets; 2025 AR1000F/AR1000NR Instructions p. 30',
  'US-AR 2026': 'Act 1 of 2026 (1st Extraordinary Session, HB1001) amending A.C.A. § 26-51-201(a)(4)',
  'US-AZ 2025': 'A.R.S. § 43-1011',
  'US-AZ 2026': 'A.R.S. § 43-1011; Arizona 2026 Form A-4',
  'US-CA 2025': 'FTB 2025 California Tax Rate Schedules; R&TC § 17043',
  'US-CO 2025': '2025 Colorado Individual Income Tax Filing Guide (104 Book) line 12',
  'US-CO 2026': 'C.R.S. 39-22-104(1.7); Colorado Legislative Council Sept 2026 forecast',
  'US-CT 2025': 'Conn. Gen. Stat. § 12-700(a)(9)-(10) (2024 supplement)',
  'US-CT 2026': 'Conn. Gen. Stat. § 12-700(a)(9)-(10) (2024 supplement)',
  'US-DC 2025': 'D.C. Code § 47-1806.03; DC OTR 2023 Form D-40 booklet p. 17',
  'US-DC 2026': 'D.C. Code § 47-1806.03; DC OTR 2023 Form D-40 booklet p. 17',
  'US-DE 2025': '30 Del. C. § 1102(a)(14); Delaware 2025 PIT-RES instructions',
  'US-DE 2026': '30 Del. C. § 1102(a)(14)',
  'US-GA 2025': 'O.C.G.A. § 48-7-20(a.1); HB 111 (2025)',
  'US-GA 2026': 'O.C.G.A. § 48-7-20(a.1); HB 463 (signed 11 May 2026)',
  'US-HI 2025': 'HRS § 235-51 as amended by Act 46 (SLH 2024); 2025 N-11 instructions p. 48',
  'US-HI 2026': 'HRS § 235-51 as amended by Act 46 (SLH 2024); DOTAX Announcement 2024-03',
  'US-IA 2025': 'Iowa Code § 422.5A(1)(a); IDR 2025 brackets release (16 Oct 2024)',
  'US-IA 2026': 'Iowa Code § 422.5A(1)(a)',
  'US-ID 2025': 'Idaho HB 40 (2025), Idaho Code § 63-3024(2)(a); 2025 Idaho instructions p. 4',
  'US-IL 2025': '35 ILCS 5/201(b)',
  'US-IN 2025': 'IC 6-3-2-1(a)',
  'US-IN 2026': 'IC 6-3-2-1(a)',
  'US-KS 2025': 'K.S.A. 79-32,110(a) as amended by 2024 Special Session SB 1 and 2025 SB 269',
  'US-KS 2026': 'K.S.A. 79-32,110(a) as amended by 2024 Special Session SB 1 and 2025 SB 269',
  'US-KY 2025': 'KRS 141.020 as amended by 2025 HB 1',
  'US-KY 2026': 'KRS 141.020 as amended by 2025 HB 1; KY DOR 2026 withholding formula',
  'US-LA 2025': 'La. R.S. 47:32 as amended by HB 10 (Act 11, 2024 Third Extraordinary Session)',
  'US-LA 2026': 'La. R.S. 47:32 as amended by HB 10 (Act 11, 2024 Third Extraordinary Session)',
  'US-MA 2025': 'M.G.L. c. 62 §4(b) and (d); 2025 Form 1 instructions p. 3',
  'US-MD 2025': 'Md. Code, Tax-General §10-105(a) as amended by HB 352 (2025, Ch. 604)',
  'US-MD 2026': 'Md. Code, Tax-General §10-105(a) as amended by HB 352 (2025, Ch. 604)',
  'US-ME 2025': 'Maine Revenue Services, Individual Income Tax 2025 Rates; 36 M.R.S. §5111',
  'US-ME 2026': 'Maine Revenue Services, Individual Income Tax 2026 Rates (reported by Thomson Reuters Tax)',
  'US-MI 2025': 'MCL 206.51(1); Michigan Treasury notice on the 2025 tax year rate',
  'US-MN 2025': 'Minnesota DOR, Income Tax Rates and Brackets for 2025 (M.S. 290.06)',
  'US-MN 2026': 'Minnesota DOR announcement of the tax year 2026 brackets (16 Dec 2025)',
  'US-MO 2025': 'Missouri 2025 tax rate table (RSMo 143.011), as reproduced by efile.com',
  'US-MS 2025': 'Miss. Code §27-7-5(1) as amended by 2022 HB 531 and 2025 HB 1',
  'US-MS 2026': 'Miss. Code §27-7-5(1) as amended by 2022 HB 531 and 2025 HB 1',
  'US-MT 2025': 'MCA 15-30-2103; 2025 Montana tax tables as reproduced by efile.com',
  'US-MT 2026': 'Montana DOR, \'HB337: 2026-2027 Montana Individual Income Tax Changes\' (14 Nov 2025)',
  'US-NC 2025': 'N.C.G.S. §105-153.7(a) as amended by S.L. 2023-134',
  'US-NC 2026': 'N.C.G.S. §105-153.7(a) as amended by S.L. 2023-134',
  'US-ND 2025': 'N.D.C.C. 57-38-30.3(1); 2025 ND income tax booklet p. 29 (joint, HoH: efile.com)',
  'US-NE 2025': 'Neb. Rev. Stat. 77-2715.03; 2025 NE Tax Calculation Schedule and booklet p. 49',
  'US-NE 2026': 'Neb. Rev. Stat. 77-2715.03; 2026 Form 1040N-ES rate schedule',
  'US-NJ 2025': 'N.J.S.A. 54A:2-1; 2024 NJ-1040 instructions, tax rate schedules p. 65',
  'US-NJ 2026': 'N.J.S.A. 54A:2-1; 2024 NJ-1040 instructions, tax rate schedules p. 65',
  'US-NM 2025': 'NMSA 1978 §7-2-7 as amended by 2024 HB 252',
  'US-NM 2026': 'NMSA 1978 §7-2-7 as amended by 2024 HB 252',
  'US-NY 2025': 'N.Y. Tax Law §601; 2024 Form IT-201 instructions, tax rate schedule',
  'US-NY 2026': 'N.Y. Tax Law §601 as amended by Ch. 59, L. 2025; Form IT-2105-I (2026), tax rates',
  'US-OH 2025': 'Ohio Department of Taxation, 2025 Ohio IT 1040 instruction booklet, tax rate schedule p.18',
  'US-OH 2026': 'Ohio Am. Sub. H.B. 96 (136th GA), enrolled, amending R.C. 5747.02',
  'US-OK 2025': '68 O.S. 2355(C)(1)(a) and (C)(2)(a); Oklahoma Form 511 packet',
  'US-OK 2026': 'Oklahoma HB 2764 (2025), enrolled, amending 68 O.S. 2355',
  'US-OR 2025': 'Oregon DOR, 2025 Publication OR-17 p.143 and 2025 Form OR-40 instructions',
  'US-PA 2025': 'Act 2003-46 (HB 200 of 2003) § 302(3) amending 72 P.S. 7302',
  'US-PA 2026': 'Act 2003-46 (HB 200 of 2003) § 302(3) amending 72 P.S. 7302',
  'US-RI 2025': 'RI Division of Taxation, 2025 RI-1040 instructions, tax rate schedule p. I-13',
  'US-RI 2026': 'RI Division of Taxation Advisory ADV 2025-22, \'Inflation Adjustments for Tax Year 2026\'',
  'US-SC 2025': 'SC Department of Revenue, SC1040 instructions 2025; S.C. Code 12-6-510(B)',
  'US-SC 2026': 'S.C. H.4216 (Act No. 110 of 2026) amending S.C. Code 12-6-510(C)',
  'US-UT 2025': 'Utah H.B. 106 (2025 General Session) amending Utah Code 59-10-104(2)(b)',
  'US-UT 2026': 'Utah S.B. 60 (2026 General Session) amending Utah Code 59-10-104',
  'US-VA 2025': 'Va. Code 58.1-320; 2025 Virginia Form 760 instructions',
  'US-VA 2026': 'Va. Code 58.1-320',
  'US-VT 2025': 'Vermont Department of Taxes, 2025 Income Tax Rate Schedules; 32 V.S.A. 5822',
  'US-WI 2025': 'Wisconsin DOR 2025 Form 1 tax table; 2025 Wisconsin Act 15; Wis. Stat. 71.06',
  'US-WV 2025': 'W. Va. Code 11-21-4g (SB 2033, 2025); WV 2025 IT-140 instructions',
  'US-WV 2026': 'West Virginia SB 392 (2026), enrolled, creating W. Va. Code 11-21-4j',
};

/**
 * What each state taxes on a wage earner that brackets, a standard deduction and an exemption
 * do not capture, in a few words: the research's `notModelled` and the `otherFeatures` that
 * change a wage earner's tax (benefits for dependants, age and retirement income included,
 * since an offer says nothing of them). Payroll taxes the payroll table carries are not
 * repeated; capital-gains rules are left out (not wages).
 */
export const NOT_MODELLED = {
  'US-AK': ['Employee unemployment insurance contribution (0.5%)'],
  'US-AL': [
    'Deduction of federal income tax paid',
    'Larger standard deduction below about $35,500 AGI (floor amounts used)',
    'Dependent exemption',
    'Local occupational taxes',
  ],
  'US-AR': [
    'High-income tax table above about $94,700 (brackets understate tax ~$300)',
    'Low-income tax tables',
    'Additional tax credit for qualified individuals',
    'Dependent credits',
  ],
  'US-AZ': [
    'Dependent tax credit',
    'Tips and overtime subtractions (HB 4168)',
    'Additions to the standard deduction (charity, age 65+)',
  ],
  'US-CA': [
    'Exemption credit phase-out above $252,203 AGI ($504,411 joint)',
    'Exemption credit cannot offset the 1% tax over $1,000,000',
    'Dependent exemption credit',
    'Renter\'s credit, CalEITC, Young Child Tax Credit',
    'California AMT',
  ],
  'US-CO': [
    'Add-back of federal deductions above $300,000 AGI',
    'Add-back of the federal overtime deduction from 2026',
    'Local occupational privilege taxes (Denver, Aurora, …)',
  ],
  'US-CT': [
    'Personal exemption phase-out from $30,000 AGI ($48,000 joint)',
    '2% rate phase-out and benefit recapture at higher AGI',
    'Personal tax credit (1%–75% of tax)',
    'Property tax credit',
  ],
  'US-DC': [
    'Additional deduction for age 65+ and blind',
    'Spouses filing separately on one return',
    'DC EITC and other credits',
  ],
  'US-DE': [
    'Additional standard deduction for age 65+ and blind',
    'Spouses filing separately on one return',
    'Wilmington earned income tax',
  ],
  'US-FL': [],
  'US-GA': [
    'Dependent exemption',
    'Overtime and tips exclusion up to $1,750 each (2026–2028)',
    'Retirement income exclusion',
    'Low-income credit',
  ],
  'US-HI': [
    'Tips deduction from 2026 (Act 35)',
    'Additional exemptions for age 65+, blind, disabled',
    'Food/excise tax credit and low-income renter credit',
  ],
  'US-IA': [
    'No tax at income up to $9,000 ($13,500 others)',
    'Dependent exemption credit',
    'School district income surtax',
  ],
  'US-ID': ['Idaho child tax credit', 'Grocery credit', 'Permanent building fund tax ($10 a return)'],
  'US-IL': [
    'Exemption lost above $250,000 AGI ($500,000 joint)',
    'Dependent and age 65+/blind exemptions',
    'Property tax and K-12 education credits',
  ],
  'US-IN': [
    'County income tax (0.5%–3.0%)',
    'Dependent child exemption ($1,500)',
    'Overtime and tips deduction in 2026 (SB 243)',
  ],
  'US-KS': [
    'Dependent exemptions ($2,320 each)',
    'Possible head-of-household extra exemption ($2,320)',
    'Additional standard deduction for age 65+ and blind',
    'Food sales tax credit, child care credit, EITC',
  ],
  'US-KY': [
    'Local occupational license taxes (Louisville, Lexington, …)',
    'Family Size Tax Credit and personal tax credits',
    'Spouses filing separately on a combined return',
  ],
  'US-LA': ['Retirement income exclusion, school readiness and other credits'],
  'US-MA': [
    'Deduction of FICA and retirement contributions (up to $2,000)',
    'Other Part B deductions (rent, …)',
    'No-tax status and limited income credit',
    'Dependent and age 65+/blind exemptions',
  ],
  'US-MD': [
    'Exemption reduced above $100,000 AGI ($150,000 joint)',
    'Dependent, age 65+ and blind exemptions',
    'State EITC and other credits',
  ],
  'US-ME': [
    'Standard deduction and exemption phase-out at high income',
    'Dependent exemption credit, fairness credits, EITC',
    'Additional standard deduction for age 65+ and blind',
  ],
  'US-MI': ['City income taxes (Detroit 2.4%, …)', 'Special exemptions, retirement subtractions, credits'],
  'US-MN': [
    'Standard deduction phase-down at high AGI',
    'Dependent exemption',
    'Child tax credit and working family credit',
  ],
  'US-MO': [
    'Deduction of federal income tax paid (capped)',
    'Kansas City and St. Louis earnings taxes',
    'Pension and Social Security subtractions',
  ],
  'US-MS': ['Dependent, age 65+ and blind exemptions', 'Credits'],
  'US-MT': ['EITC (20% of federal from 2026)', 'Montana changes to federal taxable income'],
  'US-NC': ['Child deduction'],
  'US-ND': ['Marriage penalty credit', 'Resident tax relief credit'],
  'US-NE': [
    'Dependent exemption credits; the additional standard deduction at 65 or blind',
    'Child tax credits, EITC, school readiness credits',
  ],
  'US-NH': [],
  'US-NJ': ['Dependent exemptions', 'Property tax deduction or credit, NJ EITC, child tax credit'],
  'US-NM': [
    'Low- and middle-income exemption',
    'Deduction for certain dependents',
    'Working families and child income tax credits',
  ],
  'US-NV': [],
  'US-NY': [
    'NY tax benefit recapture above $107,650 AGI',
    'Empire State child credit, NY EITC, household credit',
    'Dependent exemptions',
  ],
  'US-OH': [
    'Exemption tiers: $2,400 to $40,000 MAGI, $2,150 to $80,000',
    'No exemption at $750,000 MAGI or more',
    'Joint filing credit and $20 exemption credit',
    'Municipal and school district income taxes',
  ],
  'US-OK': ['Sales tax relief credit, EITC, child credits', 'Retirement and military subtractions'],
  'US-OR': [
    'Oregon federal tax subtraction',
    'Exemption credit (2025 amount not found)',
    'Kicker credit in surplus years',
    'Statewide transit tax and Portland-area local income taxes',
    'Additional standard deduction for age 65+ and blind',
  ],
  'US-PA': [
    'Dependent-care FSA contributions taxed',
    'Tax forgiveness for low incomes (Schedule SP)',
    'Local earned income taxes (municipality, school district)',
    'Unreimbursed employee business expenses',
  ],
  'US-RI': [
    'Deduction and exemption phase-out above $254,250 AGI (2026: $261,000)',
    'RI EITC, child tax rebate, property tax relief credit',
  ],
  'US-SC': [
    '2026 deduction phase-out from $40,000 AGI ($80,000 joint)',
    'Two-wage-earner credit',
    'SC EITC',
    'Retirement and senior deductions',
  ],
  'US-SD': [],
  'US-TN': [],
  'US-TX': [],
  'US-UT': ['Taxpayer tax credit (phased out with income)', 'Child tax credit, Social Security credit, EITC'],
  'US-VA': [
    'Spouse tax adjustment for two earners',
    'Age deduction and age 65+/blind exemption',
    'Low-income credit and EITC',
  ],
  'US-VT': ['Vermont EITC, child tax credit and other credits'],
  'US-WA': [],
  'US-WI': [
    'Sliding-scale standard deduction (2025 amounts not found)',
    'Married couple credit, renter\'s and homestead credits, EITC',
    'Retirement income exclusion',
  ],
  'US-WV': ['Low-income earned income exclusion', 'Family tax credit'],
  'US-WY': [],
};

/** The source of each payroll programme's figures in a few words, by `code year name`. */
export const PAYROLL_SOURCES = {
  'US-CA 2025 SDI (incl. Paid Family Leave)': 'California EDD 2025 SDI rate, as reported by EY and Symetra',
  'US-CA 2026 SDI (incl. Paid Family Leave)': 'California EDD 2026 SDI/PFL rate, as reported by PPI Benefit Solutions and EY',
  'US-CO 2025 FAMLI, employee share': 'Colorado FAMLI 2025 (half of 0.9%), as reported by EY and Symetra',
  'US-CO 2026 FAMLI, employee share': 'Colorado CDLE FAMLI Division newsletter, 24 June 2025 (0.88% from 2026, SB 25-144)',
  'US-CT 2025 CT Paid Leave': 'EY Tax News 2024-2362, 2025 state paid leave wage bases and rates',
  'US-CT 2026 CT Paid Leave': 'EY Tax News 2026-0131, 2026 state paid leave wage bases and rates',
  'US-DE 2025 Delaware Paid Leave, max employee share': '19 Del. C. § 3705(b) (the employee pays at most half of 0.8%)',
  'US-DE 2026 Delaware Paid Leave, max employee share': '19 Del. C. § 3705(b); EY Tax News 2026-0131',
  'US-HI 2025 TDI, employee share': 'Hawaii DLIR 2025 TDI figures, as reported by Bloomberg Tax',
  'US-HI 2026 TDI, employee share': 'EY Tax News 2026-0131, 2026 state disability wage bases and rates',
  'US-MA 2025 Paid Family & Medical Leave, employee share': 'Mass. DFML 2025 rates, as reported by Risk Strategies, PPI and Seyfarth',
  'US-MA 2026 Paid Family & Medical Leave, employee share': 'Mass. DFML 2026 rates, as reported by NFP, OneDigital and Larkin Co.',
  'US-ME 2025 Maine PFML, max employee share': 'Maine DOL PFML (up to half of 1%), as reported by PayrollOrg and EY',
  'US-ME 2026 Maine PFML, max employee share': 'EY Tax News 2026-0131, 2026 state paid leave wage bases and rates',
  'US-MN 2026 Minnesota Paid Leave, max employee share': 'Minnesota Paid Leave (DEED) premiums page, 2026 contribution rates',
  'US-NJ 2025 TDI (temporary disability), worker share': 'NJ Dept. of Labor 2025 TDI/FLI rates, as reported by CBIZ and Risk Strategies',
  'US-NJ 2025 FLI (family leave insurance)': 'NJ Dept. of Labor 2025 FLI rate, as reported by Bloomberg Tax, CBIZ and Risk Strategies',
  'US-NJ 2026 TDI (temporary disability), worker share': 'NJ 2026 TDI/FLI rates, as reported by MyBenefitAdvisor and Risk Strategies',
  'US-NJ 2026 FLI (family leave insurance)': 'NJ 2026 TDI/FLI rates, as reported by MyBenefitAdvisor and Risk Strategies',
  'US-NY 2025 DBL (statutory disability), employee share': '12 NYCRR 362.2 (at most $0.60 a week), as quoted on Unum\'s NY paid leave page',
  'US-NY 2025 PFL (paid family leave)': 'NY DFS 2025 PFL rate and annual maximum, as quoted by Unum',
  'US-NY 2026 DBL (statutory disability), employee share': 'Equitable NY DBL & PFL page (0.5%, at most $0.60 a week)',
  'US-NY 2026 PFL (paid family leave)': 'NY 2026 PFL rate and annual maximum (Workforce Bulletin, Baron Payroll, Equitable)',
  'US-OR 2025 Paid Leave Oregon, employee share': 'Oregon Employment Dept 2025 Paid Leave Oregon rates, as reported by ADP',
  'US-OR 2026 Paid Leave Oregon, employee share': 'Oregon Employment Dept current tax rates page (1% to $184,500); 60% employee share as before',
  'US-RI 2025 TDI (incl. TCI caregiver insurance)': 'RI DLT, \'2025 Tax Rates for Unemployment Insurance and Temporary Disability Insurance\'',
  'US-RI 2026 TDI (incl. TCI caregiver insurance)': 'RI DLT, \'2026 Tax Rates for Unemployment Insurance and Temporary Disability Insurance\'',
  'US-VT 2025 Child Care Contribution, max employee share': '32 V.S.A. ch. 246 (Act 76 of 2023), as described by Paylocity and ADP',
  'US-VT 2026 Child Care Contribution, max employee share': '32 V.S.A. ch. 246 (Act 76 of 2023); Intuit QuickBooks help article',
  'US-WA 2025 Paid Family & Medical Leave, employee share': 'Washington ESD, \'Paid leave premiums to increase in 2025\' (0.92%, employees 71.52%)',
  'US-WA 2025 WA Cares Fund (long-term care)': 'WA Cares Fund employer page (0.58%, no cap; RCW 50B.04)',
  'US-WA 2026 Paid Family & Medical Leave, employee share': 'Washington ESD, \'2026 Paid Family & Medical Leave Premiums\' (1.13%, employees 71.43%)',
  'US-WA 2026 WA Cares Fund (long-term care)': 'WA Cares Fund employer page (0.58%, no cap)',
};

/** The source of each local table's figures in a few words, by `locality year`. */
export const LOCAL_SOURCES = {
  'newYorkCity 2025': 'NY Form IT-201-I, New York City tax rate schedule; NYC Admin. Code §§ 11-1701, 11-1704.1',
  'newYorkCity 2026': 'NYC Admin. Code §§ 11-1701, 11-1704.1, as read by PolicyEngine (no 2026 form read)',
  'yonkers 2025': 'NY Form IT-201-I (2024), Yonkers resident income tax surcharge worksheet',
  'philadelphia 2025': 'FY2026 city budget (cut on 1 July 2025), as reported by legalclarity.org and others',
  'philadelphia 2026': 'FY2026 city budget, as reported by legalclarity.org; the rate from 1 July 2026 was not found',
  'maryland 2025': 'Comptroller of Maryland, 2025 resident booklet, local tax rate chart p. 25 (via PolicyEngine)',
  'maryland 2025 Dorchester': 'Comptroller of Maryland 2025 local tax rate chart, via PolicyEngine (disputed: 3.20% elsewhere)',
  'maryland 2025 Frederick': 'Comptroller of Maryland 2025 booklet p. 25, via PolicyEngine: the tier\'s rate on the whole income',
};
