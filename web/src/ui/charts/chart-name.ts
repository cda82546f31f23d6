/**
 * The id of the title a chart is named by: a Panel provides its heading's, and the chart's keyboard
 * layer (a tab stop with role "application") says it, instead of being announced as a nameless stop.
 */
import { createContext } from 'react';

export const ChartNameContext = createContext<string | undefined>(undefined);
