// GOV.UK Frontend's behaviour (error summary focus, navigation toggle, radios, details...).
// A module script: browsers too old for modules skip it and keep the plain, working HTML.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();

// A draft screening saves itself a few seconds after each change, and once more when the page is left, so nothing
// typed is lost to a timeout, a closed tab or the back button. Without JavaScript, "Save draft" does the same.
const screeningForm = document.getElementById('screening-form');
if (screeningForm) {
  const status = document.getElementById('autosave-status');
  // getAttribute: the submit buttons are named "action", which hides the form's own action property.
  const target = screeningForm.getAttribute('action');
  const fields = () => {
    const data = new URLSearchParams(new FormData(screeningForm));
    data.set('action', 'save');
    // An autosave repeats by design: it must not use up the form's one-time token, which "Submit" still needs.
    data.delete('_submission');
    return data;
  };
  let timer;
  const save = () => {
    fetch(target, { method: 'POST', body: fields(), credentials: 'same-origin', redirect: 'manual' })
      .then((response) => {
        const saved = response.type === 'opaqueredirect' || response.redirected;
        const time = new Date().toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
        status.textContent = saved
          ? 'Draft saved automatically at ' + time
          : 'Could not save automatically: select "Save draft" to see what needs correcting';
      })
      .catch(() => { status.textContent = 'Could not save automatically: check your connection, then select "Save draft"'; });
  };
  const later = () => { clearTimeout(timer); timer = setTimeout(save, 3000); };
  screeningForm.addEventListener('change', later);
  screeningForm.addEventListener('input', later);
  window.addEventListener('pagehide', () => { navigator.sendBeacon(target, fields()); });
}
