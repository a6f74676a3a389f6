// The print views' Print button; a script file, as the content security policy allows no inline handlers.
document.getElementById('print-now')?.addEventListener('click', () => window.print());
