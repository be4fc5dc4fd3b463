// GOV.UK Frontend's behaviour (error summary focus, navigation toggle, radios, details...).
// A module script: browsers too old for modules skip it and keep the plain, working HTML.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();
