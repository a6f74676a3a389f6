// The top bar's search box: "/" (when not typing elsewhere) or Ctrl+K / Cmd+K puts the cursor in it, and
// the arrow keys move through its list instead of the cursor through the text. Blazor does the rest.
window.bookingOps = window.bookingOps || {};
window.bookingOps.revealSearchHit = id => document.getElementById(id)?.scrollIntoView({ block: 'nearest' });
window.bookingOps.openSearchHit = id => document.getElementById(id)?.click();

document.addEventListener('keydown', event => {
    const box = document.getElementById('app-search');
    if (!box) {
        return;
    }

    const typing = event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])');
    const control = event.ctrlKey || event.metaKey || event.altKey;
    if ((event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) {
        event.preventDefault();
        box.focus();
        box.select();
    } else if (event.key === '/' && !typing && !control) {
        event.preventDefault();
        box.focus();
        box.select();
    } else if (event.target === box && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
        event.preventDefault();
    }
});
