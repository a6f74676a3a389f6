// The driver's pages. Each form (marked data-field) is sent with fetch; if the phone has no connection,
// or loses it on the way, the same request (same form key) is sent again once the connection is back, so a
// tap is never lost, and the server's key check makes sure it never counts twice. Photos go one per request,
// each with a key of its own, so a dropped upload resumes from the photo it stopped at.
(() => {
    const retryMs = 3000;
    const photoKeys = new WeakMap();

    const connected = () => navigator.onLine
        ? Promise.resolve()
        : new Promise(resolve => window.addEventListener('online', resolve, { once: true }));

    const pause = ms => new Promise(resolve => setTimeout(resolve, ms));

    // Not crypto.randomUUID: phones reach a self-hosted app over plain http on the local network, where it is missing.
    const newKey = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), b => b.toString(16).padStart(2, '0')).join('');

    function show(form, text) {
        let status = form.querySelector('.field-progress');
        if (!status) {
            status = document.createElement('p');
            status.className = 'field-progress';
            status.setAttribute('aria-live', 'polite');
            form.append(status);
        }
        status.textContent = text;
    }

    async function sendUntilAnswered(form, url, body, headers) {
        for (;;) {
            if (!navigator.onLine) {
                show(form, 'No connection. It will be sent as soon as the phone is back online…');
            }
            await connected();
            try {
                return await fetch(url, { method: 'POST', body, headers, credentials: 'same-origin' });
            } catch {
                show(form, 'No connection. It will be sent as soon as the phone is back online…');
                await pause(retryMs);
            }
        }
    }

    async function sendForm(form) {
        form.querySelector('button[type=submit]').disabled = true;
        const response = await sendUntilAnswered(form, form.action, new URLSearchParams(new FormData(form)), {});
        let html;
        try {
            html = await response.text();
        } catch {
            // It was done; only the page that says so was lost on the way.
            await connected();
            location.replace(response.url);
            return;
        }

        // Done (the server redirected to the page anew) or refused (the page with its reasons): show it as a normal post would.
        const page = new DOMParser().parseFromString(html, 'text/html');
        if (response.redirected) {
            history.replaceState(null, '', response.url);
        }
        document.title = page.title;
        document.body.replaceWith(document.adoptNode(page.body));
    }

    async function sendPhotos(form) {
        const files = Array.from(form.querySelector('input[type=file]').files);
        if (files.length === 0) {
            show(form, 'Choose or take a photo first.');
            return;
        }

        form.querySelector('button[type=submit]').disabled = true;
        const token = form.querySelector('input[name=__RequestVerificationToken]').value;
        for (const [index, file] of files.entries()) {
            if (!photoKeys.has(file)) {
                photoKeys.set(file, newKey());
            }
            show(form, `Sending photo ${index + 1} of ${files.length}…`);
            const body = new FormData();
            body.append('__RequestVerificationToken', token);
            body.append('key', photoKeys.get(file));
            body.append('photo', file);
            const response = await sendUntilAnswered(form, form.action, body, { 'X-Field-Upload': '1' });
            if (!response.ok) {
                show(form, `Photo ${index + 1}: ${await response.text()}`);
                form.querySelector('button[type=submit]').disabled = false;
                return;
            }
        }
        location.replace(`${location.pathname}?done=photos`);
    }

    document.addEventListener('submit', event => {
        const form = event.target;
        const send = !(form instanceof HTMLFormElement) ? null
            : form.matches('[data-field-photos]') ? sendPhotos
            : form.matches('[data-field]') ? sendForm
            : null;
        if (!send) {
            return;
        }

        event.preventDefault();
        if (form.dataset.sending) {
            return; // a second tap while the first is on its way
        }
        form.dataset.sending = 'yes';
        send(form).finally(() => delete form.dataset.sending);
    }, true);

    // A photo chosen is a photo to send: start at once, one tap fewer on site.
    document.addEventListener('change', event => {
        const input = event.target;
        if (input instanceof HTMLInputElement && input.type === 'file' && input.form?.matches('[data-field-photos]')) {
            input.form.requestSubmit();
        }
    });
})();
