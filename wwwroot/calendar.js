// Firefox starts a drag only when it carries data, which Blazor's drag handlers cannot set; this sets it for calendar entries.
document.addEventListener('dragstart', event => {
    const entry = event.target instanceof Element ? event.target.closest('.calendar-entry') : null;
    if (entry) {
        event.dataTransfer.setData('text/plain', entry.dataset.booking);
        event.dataTransfer.effectAllowed = 'move';
    }
});
