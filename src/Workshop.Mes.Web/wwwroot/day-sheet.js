// The day sheet (작업일지): Enter moves to the next box as Tab does, so a paper sheet is typed without the mouse.
export function enterMovesOn(sheet) {
    sheet.addEventListener('keydown', function (event) {
        if (event.key !== 'Enter' || event.isComposing || event.shiftKey) {
            return;
        }
        var boxes = Array.prototype.slice.call(sheet.querySelectorAll('input:not([disabled]), select:not([disabled])'));
        var at = boxes.indexOf(event.target);
        if (at < 0) {
            return;
        }
        event.preventDefault();
        if (at + 1 < boxes.length) {
            boxes[at + 1].focus();
        }
    });
}
