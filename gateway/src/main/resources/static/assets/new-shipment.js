// The console's new-shipment pages (a file: the console's Content-Security-Policy allows no inline script).
(function () {
  // the form: the origin address shows only when no warehouse is chosen (without JavaScript, it always shows)
  var select = document.getElementById('warehouse_id'), address = document.getElementById('shipper-address');
  if (select && address) {
    var sync = function () { address.hidden = select.value !== ''; };
    select.addEventListener('change', sync);
    sync();
  }
  // the rates page: a second click on Buy while the first is on its way sends nothing (the form's Idempotency-Key holds anyway)
  var buy = document.getElementById('buy');
  if (buy) {
    buy.addEventListener('submit', function (e) {
      if (e.submitter && e.submitter.name !== 'choice') return;
      if (buy.dataset.sent) { e.preventDefault(); return; }
      buy.dataset.sent = 'yes';
    });
  }
})();
