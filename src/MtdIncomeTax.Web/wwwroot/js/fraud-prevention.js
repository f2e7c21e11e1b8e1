// Sends the browser's values for HMRC's fraud prevention headers to MtdIncomeTax: the JavaScript
// user agent, every screen, the window size and the time zone offset. HMRC requires them on each
// Income Tax API call the app makes for the person. They are sent when a page opens and again
// after the window is resized, so the latest values are on the server before the next call.
(function () {
    "use strict";
    var script = document.currentScript;
    if (!script || !window.fetch) {
        return;
    }

    var url = script.getAttribute("data-url");
    var token = script.getAttribute("data-token");

    function screenOf(screen, scalingFactor) {
        return {
            width: Math.round(screen.width),
            height: Math.round(screen.height),
            scalingFactor: scalingFactor || 1,
            colourDepth: screen.colorDepth
        };
    }

    function windowScreen() {
        return Promise.resolve([screenOf(window.screen, window.devicePixelRatio)]);
    }

    // The Screen Details API lists every screen, but only once the person has allowed window
    // management for the site, so it is used only when already granted and never prompts.
    function allScreens() {
        if (typeof window.getScreenDetails !== "function" || !navigator.permissions) {
            return windowScreen();
        }

        return navigator.permissions.query({ name: "window-management" })
            .then(function (status) {
                if (status.state !== "granted") {
                    return windowScreen();
                }
                return window.getScreenDetails().then(function (details) {
                    return details.screens.map(function (screen) {
                        return screenOf(screen, screen.devicePixelRatio);
                    });
                });
            })
            .catch(windowScreen);
    }

    function send() {
        allScreens()
            .then(function (screens) {
                var body = {
                    userAgent: navigator.userAgent,
                    screens: screens,
                    windowWidth: window.innerWidth,
                    windowHeight: window.innerHeight,
                    // getTimezoneOffset is minutes behind UTC for the current date, daylight saving
                    // included: -60 in a London July, which is UTC+01:00.
                    timezoneOffsetMinutes: -new Date().getTimezoneOffset()
                };
                return fetch(url, {
                    method: "POST",
                    credentials: "same-origin",
                    keepalive: true,
                    headers: { "Content-Type": "application/json", "RequestVerificationToken": token },
                    body: JSON.stringify(body)
                });
            })
            .catch(function () {
                // A page works without the data; the headers then follow HMRC's missing-data rule.
            });
    }

    var resizeTimer;
    window.addEventListener("resize", function () {
        window.clearTimeout(resizeTimer);
        resizeTimer = window.setTimeout(send, 1000);
    });
    send();
}());
