/**
 * Energy (smart meters, after the DOE/NIST Smart Grid program): the districts as a live load map,
 * load by class with PV export below zero, an hour × day heatmap, the load-duration curve, and
 * one meter's 15-minute reads with quality flags and a Green Button download. The district, the
 * meter, its class filter and the window live in the URL; everything follows the one clock.
 */
import './energy.css';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { basemapQuery, cityQuery } from '../../api/queries';
import { CityMapState } from '../../map/city-map-state';
import { useScenario } from '../../state/scenario/use-scenario';
import { MapRegion, PageLayout } from '../../ui/page-layout';
import { Pending } from '../../ui/panel-state';
import { ProgramContextCard } from '../../ui/program-card/program-card';
import { ClassLoadPanel } from './components/class-load-panel';
import { DistrictPanel } from './components/district-panel';
import { DurationPanel } from './components/duration-panel';
import { EnergyKpis } from './components/energy-kpis';
import { EnergyMap } from './components/energy-map';
import { EnergyPatterns } from './components/energy-patterns';
import { Field } from './components/field';
import { HeatmapPanel } from './components/heatmap-panel';
import { MeterSection } from './components/meter-section';
import { useEnergyPanels } from './hooks/use-energy-panels';
import { districtName } from './utils/districts';
import { SPAN_KEYS } from './utils/spans';

export function EnergyPage() {
  const { t } = useTranslation();
  const { scenario } = useScenario();
  const city = useQuery(cityQuery(scenario.city));
  const basemap = useQuery(basemapQuery(scenario.city));
  const cityData = city.data;
  const { view, setDistrict, setSpan, metered, common, meter } = useEnergyPanels(cityData);
  const { district, timeZone, language, format } = common;

  return (
    <PageLayout
      className="energy"
      beforeMap={<EnergyPatterns />}
      map={
        <MapRegion label={t('energy.map.label', { city: cityData?.name ?? scenario.city })}>
          <CityMapState city={city} basemap={basemap}>
            {(cityData, basemapData) => (
              <EnergyMap city={cityData} basemap={basemapData} metered={metered} selected={district} onSelect={setDistrict} />
            )}
          </CityMapState>
        </MapRegion>
      }
      sideClassName="energy__side"
    >
      <header className="page-layout__header energy__header">
        <div className="energy__titles">
          <p className="eyebrow">{t('pages.energy.program')}</p>
          <h1>{t('pages.energy.title')}</h1>
        </div>
        <div className="energy__controls">
          <Field label={t('energy.districtPicker')}>
            {(id) => (
              <select
                id={id}
                value={district ?? ''}
                onChange={(e) => setDistrict(e.target.value || null)}
                disabled={!cityData}
                data-testid="district-select"
              >
                <option value="">{t('energy.wholeCity')}</option>
                {metered.map((d) => (
                  <option key={d.id} value={d.id}>
                    {cityData ? districtName(cityData, d.id, language) : d.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <fieldset className="segmented">
            <legend className="field__label">{t('energy.span.label')}</legend>
            {SPAN_KEYS.map((key) => (
              <button key={key} type="button" aria-pressed={view.span === key} onClick={() => setSpan(key)}>
                {t(`energy.span.${key}`)}
              </button>
            ))}
          </fieldset>
        </div>
      </header>
      <p className="page-intro">{t('energy.explain.short')}</p>
      {cityData ? (
        <>
          <EnergyKpis district={district} span={view.span} timeZone={timeZone} language={language} format={format} />
          <div className="energy__grid">
            <ClassLoadPanel {...common} span={view.span} />
            <MeterSection {...meter} />
            <HeatmapPanel {...common} />
            <DurationPanel {...common} span={view.span} />
            <DistrictPanel city={cityData} selected={district} onSelect={setDistrict} language={language} format={format} />
            <div className="energy__cell">
              <ProgramContextCard programId="smart-grid-program" />
            </div>
          </div>
        </>
      ) : city.isError ? null : (
        <Pending label={t('map.loadingCity')} />
      )}
    </PageLayout>
  );
}
