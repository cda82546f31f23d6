/** The weather route's answer: a local day of the driver's hourly weather, for a scenario like every route. */
import type { Simulations } from '../simulation/simulations';
import { hourlyWeather, localDate } from './hourly-weather';
import type { HourlyWeather, HourlyWeatherQuery } from './schemas';

export class WeatherService {
  constructor(private readonly simulations: Simulations) {}

  /** The day `date` (default: today in the city), from the scenario's cached simulation (its heat wave included). */
  hourly(q: HourlyWeatherQuery, nowMs: number): HourlyWeather {
    const { sim } = this.simulations.forQuery(q);
    return hourlyWeather(sim, q.date ?? localDate(sim.city.timezone, nowMs));
  }
}
