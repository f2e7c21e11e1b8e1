// Waits for HMRC to finish a tax calculation, then shows it. HMRC recommends waiting a few seconds
// before the first retrieve and not polling often, so the waits grow. After a few minutes the script
// stops and leaves the "Check again" button for the person.
(function () {
    "use strict";
    var pending = document.getElementById("calculation-pending");
    if (!pending) {
        return;
    }

    var statusUrl = pending.getAttribute("data-status-url");
    var progress = document.getElementById("calculation-progress");
    var waits = [5000, 3000, 5000, 8000, 13000, 20000, 30000, 30000, 30000, 30000];
    var attempt = 0;

    function tell(text) {
        if (progress) {
            progress.textContent = text;
        }
    }

    function check() {
        fetch(statusUrl, { headers: { "Accept": "application/json" }, credentials: "same-origin", cache: "no-store" })
            .then(function (response) { return response.ok ? response.json() : { state: "pending" }; })
            .then(function (body) {
                if (body.state === "ready" || body.state === "failed") {
                    window.location.reload();
                    return;
                }
                schedule();
            })
            .catch(schedule);
    }

    function schedule() {
        if (attempt >= waits.length) {
            tell("This is taking longer than usual. Use Check again in a minute.");
            return;
        }
        tell(attempt === 0 ? "Waiting for HMRC…" : "Still waiting for HMRC…");
        window.setTimeout(check, waits[attempt]);
        attempt += 1;
    }

    schedule();
}());
