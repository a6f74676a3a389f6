// Answers Blazor's reconnection states for the dialog in Components/Layout/ReconnectModal.razor.
const modal = document.getElementById("components-reconnect-modal");

modal.addEventListener("components-reconnect-state-changed", event => {
    switch (event.detail.state) {
        case "show":
        case "paused":
        case "resume-failed":
            if (!modal.open) {
                modal.showModal();
            }
            break;
        case "failed":
            if (!modal.open) {
                modal.showModal();
            }
            // A phone that slept comes back to a failed connection: try again as soon as it is seen.
            document.addEventListener("visibilitychange", retryWhenVisible);
            break;
        case "hide":
            modal.close();
            break;
        case "rejected":
            // The server no longer knows this page: only a fresh load brings it back.
            location.reload();
            break;
    }
});

document.getElementById("components-reconnect-button").addEventListener("click", retry);
document.getElementById("components-resume-button").addEventListener("click", resume);
document.getElementById("components-reload-button").addEventListener("click", () => location.reload());

async function retry() {
    document.removeEventListener("visibilitychange", retryWhenVisible);
    try {
        if (!await Blazor.reconnect()) {
            await resume();
        }
    } catch {
        document.addEventListener("visibilitychange", retryWhenVisible);
    }
}

async function resume() {
    try {
        if (await Blazor.resumeCircuit()) {
            modal.close();
        } else {
            location.reload();
        }
    } catch {
        location.reload();
    }
}

function retryWhenVisible() {
    if (document.visibilityState === "visible") {
        retry();
    }
}
