// The console's admin pages: a form with data-confirm asks before it is sent (revoke a key, delete an endpoint...).
document.addEventListener('submit', function (event) {
  var form = event.target;
  var question = form.getAttribute && form.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});
