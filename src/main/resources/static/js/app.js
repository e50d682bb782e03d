import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();

// "Print this chronology" buttons.
document.querySelectorAll('[data-print]').forEach((button) => {
  button.addEventListener('click', () => window.print());
});

// htmx requests (e.g. the language check under a text box) carry the CSRF token like any form post.
const csrf = document.querySelector('meta[name="csrf-token"]');
if (csrf) {
  document.body.addEventListener('htmx:configRequest', (event) => {
    event.detail.headers[csrf.dataset.header] = csrf.content;
  });
}
