// The PIN pad on the floor sign-in page: digit buttons type into the PIN field, so gloved fingers need not
// hit a small on-screen keyboard. Served as a file because the content security policy allows no inline script.
(function () {
    'use strict';
    document.querySelectorAll('[data-pin-pad]').forEach(function (pad) {
        var input = document.getElementById(pad.getAttribute('data-pin-pad'));
        if (!input) {
            return;
        }
        pad.addEventListener('click', function (event) {
            var key = event.target.closest('button');
            if (!key || key.type === 'submit') {
                return;
            }
            if (key.hasAttribute('data-clear')) {
                input.value = '';
            } else if (input.value.length < input.maxLength) {
                input.value += key.getAttribute('data-digit');
            }
            input.focus();
        });
    });
})();
