// Fetches a file the server has prepared (a report export) without leaving the page.
window.bookingOps = window.bookingOps || {};
window.bookingOps.download = url => {
    const link = document.createElement('a');
    link.href = url;
    link.download = '';
    document.body.appendChild(link);
    link.click();
    link.remove();
};
