/**
 * Every source the fidelity figures cite, once. `FACTS.md X.n` names the section of the project's
 * domain notes (kept with the brief, outside this repository) that carries the fact and the link;
 * the others were found for the report and are listed in docs/fidelity.md with what they support.
 */
import type { Source } from '../framework';

export const SOURCES = {
  columbusPmAnnual: {
    label: 'Axios Columbus 2023-05-02, EPA data: metro 3-year annual mean PM2.5 9 µg/m³ (2021)',
    url: 'https://www.axios.com/local/columbus/2023/05/02/columbus-ohio-air-quality-pollution-2023-epa-iqair',
  },
  nearRoadNetwork: {
    label: 'Environ. Sci. Technol. 2021, 55(5):2831, US near-road network 2013–2018 (FACTS.md C, I.1)',
    url: 'https://www.pubmed.gov/33566613/',
  },
  nearRoadGradients: {
    label: 'Karner et al. 2010, near-roadway gradients, 41 studies (FACTS.md I.1)',
    url: 'https://www.ncbi.nlm.nih.gov/pubmed/20560612?dopt=Abstract',
  },
  nearRoadDecayRates: {
    label: 'Meta-analysis of near-road decay rates: NO2 0.0004, NOx 0.0027 m⁻¹ (FACTS.md I.1)',
    url: 'https://fanyv88.com:443/https/www.scribd.com/document/586225180/A-meta-analysis-of-selected-near-road-air-pollutan',
  },
  ozoneDesignValue: {
    label: 'Columbus Dispatch 2018-12-24: 2016–2018 ozone design value 69 ppb (FACTS.md C)',
    url: 'https://www.dispatch.com/news/20181224/ohio-epa-to-seek-redesignation-of-central-ohio-as-meeting-federal-air-quality-standards',
  },
  ozoneDiurnal: {
    label: 'MORPC 2014 ozone season (season, daily cycle; FACTS.md C)',
    url: 'http://www.morpc.org/about-morpc/news/news-archive/2014/2014-ozone-season-ends-with-zero-air-quality-alerts/',
  },
  pmDiurnal: {
    label: 'Inversion case study: bimodal PM2.5, midday minimum (FACTS.md C)',
    url: 'https://th4.ilovetranslation.com/AXPATLtCEAZ=d',
  },
  morpcSeason: {
    label: 'MORPC end-of-season report: 2023 first Unhealthy PM2.5 day since 2003 (FACTS.md I.2)',
    url: 'https://www.morpc.org/news/morpc-releases-end-of-season-report-on-central-ohio-air-quality/',
  },
  dispatch2018: {
    label: 'Bricker Graydon / Dispatch: 2018 had zero USG particle days (FACTS.md C)',
    url: 'https://brickergraydon.com/DevelopOhio/Central-Ohios-air-quality-improvements-lead-Ohio-EPA-to-seek-federal-redesignation-of-status',
  },
  smokeColumbusPeak: {
    label: 'Columbus Dispatch 2023-06-29: particulate AQI 236 (FACTS.md I.2)',
    url: 'https://www.dispatch.com/story/news/local/2023/06/29/when-will-air-quality-get-better-columbus-area-at-very-unhealthy-canadian-wildfires/70367956007/',
  },
  smokeColumbusEarly: {
    label: 'Columbus Dispatch 2023-06-27: early-June smoke AQI peaked at 131 (FACTS.md I.2)',
    url: 'https://www.dispatch.com/story/news/local/2023/06/27/canadian-fire-smoke-drifts-through-columbus-air-quality-remains-good-wildfire-haze-ohio/70361136007/',
  },
  smokeBayArea: {
    label: 'Camp Fire, Bay Area 4 a.m. AQI 192–212 across four cities (FACTS.md I.2) [secondary]',
    url: 'http://www.health-articles.info/camp-fire-air-quality-remains-unhealthy-in-bay-area-relief-may-be-days-away/',
  },
  inversionPittsburgh: {
    label: 'TribLive: Pittsburgh Liberty 24-h PM2.5 > 35 µg/m³, Dec 21–25 2019 (FACTS.md I.3)',
    url: 'https://triblive.com/local/pittsburgh-allegheny/health-department-air-pollution-in-mon-valley-exceeded-federal-levels-over-christmas/?printerfriendly=true',
  },
  inversionSaltLake: {
    label: 'Salt Lake cold-air pool: 24-h PM2.5 about 60 µg/m³ (FACTS.md I.3)',
    url: 'http://wasatchweatherweenies.blogspot.com/2013/01/lowering-lid.html',
  },
  glisaColumbus: {
    label: 'GLISA, Historical Climatology: Columbus, 1981–2010 summary',
    url: 'https://online.documentine.com/beer-stores-columbus-ohio/1/historical-climatology-columbus-ohio.html',
  },
  degreeDays: {
    label: 'FACTS.md C: 5,200–5,600 HDD, ~1,000 CDD base 65 °F [unverified]; definition (WGN-TV)',
    url: 'https://wgntv.com/2019/09/08/what-are-heating-and-cooling-degree-days/',
  },
  ashraeColumbus: {
    label:
      'ASHRAE design conditions, Columbus Int’l Airport: 99.6% −17.4 °C; annual extremes max 34.5 (SD 1.4), min −20.9 (SD 3.9) °C (FACTS.md C)',
    url: 'https://www.crcpress.com/downloads/K14361/K10576_Companion_CD.zip',
  },
  hotDays: {
    label: 'NBC4 Columbus 2017: 90 °F days a year, 1879–2016: mean 20, fewest 1 (1992), most 49 (1955)',
    url: 'http://nbc4i.com/2017/06/06/our-1st-90-degree-day-is-coming-how-common-are-they/',
  },
  eiaResidential: {
    label: 'EIA FAQ: US average residential 10,715 kWh in 2020 (FACTS.md D)',
    url: 'https://www.eia.gov/tools/faqs/faq.php?id=97',
  },
  loadShape: {
    label: 'coreyramsden.com demand-profile method: evening peak 18–21 h (FACTS.md D)',
    url: 'https://coreyramsden.com/energytools/demand_profile/methods.php',
  },
  loadFactor: {
    label: 'SEPA: DOE residential load factor 33–34%; the author’s home 16% (FACTS.md I.6) [secondary]',
    url: 'https://sepapower.org/knowledge/looking-in-the-mirror-at-a-low-load-factor-customer/',
  },
  diversityFactor: {
    label: 'Probsee, “Diversity factor”: residential loads often around 2.0 or more between multiple users (coincidence ≤ 0.5) [secondary]',
    url: 'https://probsee.com/p/Diversity_factor',
  },
  coincidenceResidential: {
    label: 'Coincidence factor calculator notes: residential neighbourhoods typically 0.60–0.80 [secondary]',
    url: 'https://cal12.calculator.city/coincidence-factor-calculation/',
  },
  peakToAverage: {
    label: 'Upstart Power: New England system peak-to-average ratio ~1.5 to 1.9 (FACTS.md I.6) [secondary]',
    url: 'http://upstartpower.com/2018/05/how-much-electricity-does-an-average-home-need/',
  },
  peakToAverageEia: {
    label: 'EIA Today in Energy 2014-02-18: New England peak-to-average ratio 1.52 (1993) to 1.78 (2012); varies by region',
    url: 'https://www.eia.gov/todayinenergy/detail.php?id=15051',
  },
  pvExport1982: {
    label: 'NASA ADS 1982: small PV systems sell back 50% or more (FACTS.md I.6)',
    url: 'https://ui.adsabs.harvard.edu/abs/1982STIN...8328345S/abstract',
  },
  pvSelfConsumption: {
    label: 'USA Powr glossary: self-consumption without a battery typically 25–40% [secondary]',
    url: 'https://usapowr.com/glossary/self-consumption',
  },
  pvSelfConsumption3kw: {
    label: 'Pale Blue Dot 2025: a 3 kW system self-consumes ~30%, exports ~70% (FACTS.md I.6) [secondary]',
    url: 'https://palebluedot.llc/carbon-copy/2025/9/9/solar-self-consumption-levels',
  },
  evRecs: {
    label: 'DOE FOTW #1307 (RECS 2020): 2,363 kWh a year of home charging per EV household (FACTS.md I.6)',
    url: 'https://www.energy.gov/eere/vehicles/articles/fotw-1307-september-11-2023-electric-vehicle-charging-consumed-less-energy',
  },
  evCalifornia: {
    label: 'Low Energy: in California an EV adds 2.9 kWh a day (FACTS.md I.6)',
    url: 'https://www.readkong.com/page/low-energy-estimating-electric-vehicle-electricity-use-3660892',
  },
  gridSmartMeters: {
    label: 'smartgrid.gov: AEP Ohio gridSMART, ~110,000 meters (100,000 residential, 10,000 C&I) (FACTS.md D)',
    url: 'https://www.smartgrid.gov/document/AEP_Smart-Grid-Technologies-Cut-Emissions-Costs-Ohio-SGDP.html',
  },
  gridSmartCircuits: {
    label: 'DOE Energy Storage Exchange #436: gridSMART ~70 circuits (58 at 13 kV, 12 at 34.5 kV) (FACTS.md D)',
    url: 'http://energystorageexchange.org/projects/436',
  },
  umr: {
    label: 'TTI 2019 Urban Mobility Report (travel time index; the Columbus value, ≈ 1.2, was not read in the retrieved text)',
    url: 'https://fdocuments.in/document/2019-urban-mobility-report-2019-urban-mobility-report-3-better-congestion-data.html',
  },
  cveFinal: {
    label: 'USDOT ITS KRS 2022-B01674: CVE final evaluation, 85 signalized intersections, ~1,000 vehicles (FACTS.md E)',
    url: 'https://www.itskrs.its.dot.gov/2022-b01674',
  },
  cveWebinar: {
    label: '2020 CVE go-live webinar: 1,000–1,200 vehicles (FACTS.md E); TechRepublic 2019: 88 intersections',
    url: 'https://www.techrepublic.com/article/how-columbus-ohio-parlayed-50-million-into-500-million-for-a-smart-city-transportation-network/',
  },
  bsmRate: {
    label: 'SAE J2945/1 (V2V basic safety, ARC-IT profile): BSMs at 10 Hz while moving, 1–2 Hz when stationary (FACTS.md F)',
    url: 'https://arc-it-beta.net/html/comm/profile49.html',
  },
  gpsSpeed: {
    label: 'NAVSTAR GPS user equipment introduction, via Fleetco: velocity 0.2 m/s per axis (95%); ~0.8 km/h in cars [secondary]',
    url: 'http://fleetco.co.za/index.php/information/gps-accuracy',
  },
  clevelandAve: {
    label: 'Cleveland Ave feasibility study: ADT in excess of 20,000 (FACTS.md I.4)',
    url: 'https://www.sambuz.com/doc/cleveland-ave-feasibility-study-ppt-presentation-214796',
  },
  morseRd: {
    label: 'EMH&T Morse Road safety study: about 50,000 vehicles a day near I-270 (FACTS.md I.4)',
    url: 'https://www.emht.com/expertise/transportation/traffic-engineering/morse-road-safety-study/',
  },
  alumCreek: {
    label: 'Columbus Messenger: Alum Creek Dr at Groveport Rd / I-270 about 38,000 vehicles a day (FACTS.md I.4)',
    url: 'https://www.columbusmessenger.com/improvements-slated-for-alum-creek-drive.html',
  },
  aadtError: {
    label: 'Gadda, Magoon & Kockelman 2007 (TRB): AADT estimate errors average up to 24.6%',
    url: 'https://online.documentine.com/traffic-counts-texas/1/estimates-of-aadt-q-uantifying-the-uncer-tainty-ecj.html',
  },
  kFactor: {
    label: 'K-factor: urban 8–12% of AADT in the design hour (FACTS.md I.4) [secondary]',
    url: 'https://probsee.com/p/k_factor_traffic_engineering',
  },
} satisfies Record<string, Source>;
