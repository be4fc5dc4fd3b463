// GOV.UK Frontend's behaviour (error summary focus, navigation toggle, radios, details...).
// A module script: browsers too old for modules skip it and keep the plain, working HTML.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();

// Conditional reveal for radios (screening/revealRadios.jte): what follows an answer shows only while that answer
// is chosen. The content is in the page and shows without JavaScript; GOV.UK's CSS hides the class only when
// GOV.UK Frontend is supported.
document.querySelectorAll('input[data-haven-reveal]').forEach((input) => {
  const panel = document.getElementById(input.dataset.havenReveal);
  const sync = () => panel.classList.toggle('govuk-radios__conditional--hidden', !input.checked);
  document.querySelectorAll('input[name="' + CSS.escape(input.name) + '"]')
    .forEach((radio) => radio.addEventListener('change', sync));
  sync();
});

// A draft screening saves itself a few seconds after each change, and once more when the page is left, so nothing
// typed is lost to a timeout, a closed tab or the back button. Without JavaScript, "Save draft" does the same.
// Each save carries the version the page was saved at: if a colleague has saved since, the server writes nothing
// (409) and autosave stops, so a stale tab never overwrites anyone; "Save draft" then shows both versions.
const screeningForm = document.getElementById('screening-form');
if (screeningForm) {
  const status = document.getElementById('autosave-status');
  const version = screeningForm.querySelector('input[name="version"]');
  // getAttribute: the submit buttons are named "action", which hides the form's own action property.
  const target = screeningForm.getAttribute('action');
  let stale = false;
  const fields = () => {
    const data = new URLSearchParams(new FormData(screeningForm));
    data.set('action', 'save');
    // An autosave repeats by design: it must not use up the form's one-time token, which "Submit" still needs.
    data.delete('_submission');
    data.set('autosave', 'true');
    return data;
  };
  let timer;
  const save = () => {
    if (stale) return;
    fetch(target, { method: 'POST', body: fields(), credentials: 'same-origin', redirect: 'manual' })
      .then((response) => {
        const time = new Date().toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
        if (response.status === 204) {
          version.value = response.headers.get('Haven-Version') || version.value;
          status.textContent = 'Draft saved automatically at ' + time;
        } else if (response.status === 409) {
          stale = true;
          status.textContent = 'Someone else has saved this screening since you opened it, so it was not saved'
            + ' automatically: select "Save draft" to see both versions. Nothing you typed is lost.';
        } else {
          status.textContent = 'Could not save automatically: select "Save draft" to see what needs correcting';
        }
      })
      .catch(() => { status.textContent = 'Could not save automatically: check your connection, then select "Save draft"'; });
  };
  const later = () => { clearTimeout(timer); timer = setTimeout(save, 3000); };
  screeningForm.addEventListener('change', later);
  screeningForm.addEventListener('input', later);
  screeningForm.addEventListener('submit', () => { clearTimeout(timer); stale = true; });
  window.addEventListener('pagehide', () => { if (!stale) navigator.sendBeacon(target, fields()); });
}
