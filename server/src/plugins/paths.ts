/** Which part of the server a path belongs to: the API, SensorThings, or (anything else) the web app. */
const pathOf = (url: string) => url.split('?')[0] ?? url;

export const isApiPath = (url: string) => {
  const path = pathOf(url);
  return path === '/api' || path.startsWith('/api/');
};

export const isStaPath = (url: string) => {
  const path = pathOf(url);
  return path === '/sta' || path.startsWith('/sta/');
};
