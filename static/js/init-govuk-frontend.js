// Starts GOV.UK Frontend's components (the service navigation's menu button,
// notification banners, the skip link) on every page.
import { initAll } from '../govuk/govuk-frontend.min.js';

initAll();
