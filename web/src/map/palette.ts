/**
 * Map and chart colours. Categories use the Okabe–Ito palette, which stays distinct under the
 * common colour-vision deficiencies; the basemap stays quiet so data layers carry the colour.
 */
export const okabeIto = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  black: '#000000',
} as const;

export const basemapColours = {
  land: '#eef0eb',
  district: '#ffffff',
  districtOutline: '#7b8594',
  districtLabel: '#4a5363',
  park: '#cfe6c4',
  water: '#8fc1e3',
  waterLabel: '#2f6f9f',
  street: '#ffffff',
  streetCasing: '#c9cdd3',
  interstate: '#f6c467',
  interstateCasing: '#c98d2a',
  label: '#39404c',
  halo: '#ffffff',
} as const;

export const siteTypeColours = {
  park: okabeIto.green,
  school: okabeIto.orange,
  roadside: okabeIto.vermillion,
} as const;

export const corridorColour = okabeIto.blue;
