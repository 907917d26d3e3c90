/**
 * Every internal link goes through `href()` so a site built for a subfolder
 * (BASE_PATH=/kb/) never links outside it.
 */
import { siteRoutes } from './routes.ts';

export const { href, routes } = siteRoutes(import.meta.env.BASE_URL);
