// The partner site's own script: a language switch and a log of the widgets' events, as a partner
// would write them. It knows nothing of the widgets' internals.
const buttons = document.querySelectorAll('[data-lang]');
for (const button of buttons) {
  button.addEventListener('click', () => {
    document.documentElement.lang = button.dataset.lang;
    for (const b of buttons) b.setAttribute('aria-pressed', String(b === button));
  });
}

const log = document.getElementById('log');
const names = [
  'sportello-booking-created',
  'sportello-booking-cancelled',
  'sportello-voucher-checked',
  'sportello-event-selected',
  'sportello-registration-created',
  'sportello-help-request-created',
  'sportello-error',
];
for (const name of names) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    item.textContent = `${new Date().toLocaleTimeString()} ${name} ${JSON.stringify(event.detail)}`;
    log.prepend(item);
  });
}
