// Follows a running "check all clients" run: reads its status and updates the progress bar and
// the live text, then shows the summary when the run ends. On the client list, whose counts and
// table still show the statuses from before the run, the summary ends with a link that reloads it. The wait between reads starts short and
// grows while nothing changes, up to 15 seconds. Without this script the panel shows the stored
// progress and a refresh link.
(function () {
    "use strict";
    var panel = document.getElementById("client-check");
    if (!panel || panel.getAttribute("data-state") !== "running") {
        return;
    }

    var statusUrl = panel.getAttribute("data-status-url");
    var progress = document.getElementById("client-check-progress");
    var live = document.getElementById("client-check-live");
    var summary = document.getElementById("client-check-summary");
    var refresh = document.getElementById("client-check-refresh");
    var start = document.getElementById("client-check-start");
    var stop = document.getElementById("client-check-stop");
    var listUrl = panel.getAttribute("data-list-url");
    var summaryHeading = panel.getAttribute("data-summary-heading") || "h3";
    var shortestWait = 1000;
    var longestWait = 15000;
    var wait = shortestWait;
    var lastChecked = -1;

    if (refresh) {
        refresh.hidden = true;
    }

    function element(name, text) {
        var node = document.createElement(name);
        if (text !== undefined) {
            node.textContent = text;
        }
        return node;
    }

    function showProgress(body) {
        if (progress) {
            progress.max = Math.max(body.total, 1);
            progress.value = Math.min(body.checked, progress.max);
            progress.textContent = body.percent + "%";
        }
        live.textContent = body.progressText;
    }

    function showSummary(body) {
        summary.textContent = "";
        if (body.state === "stopped") {
            var notice = element("div");
            notice.className = "notice notice-warning";
            notice.appendChild(element(summaryHeading, "The last check stopped early"));
            notice.appendChild(element("p", body.stopReason || ""));
            notice.appendChild(element("p", body.progressText + " " + (body.finishedText || "")));
            summary.appendChild(notice);
        } else {
            summary.appendChild(element(summaryHeading, "Last check"));
            summary.appendChild(element("p", body.progressText + " " + (body.finishedText || "")));
            if (body.countByStatus.length > 0) {
                summary.appendChild(countTable(body.countByStatus));
            }
        }
        if (listUrl) {
            summary.appendChild(updatedListLink());
        }

        if (progress) {
            progress.parentNode.removeChild(progress);
            progress = null;
        }
        var label = panel.querySelector("label[for='client-check-progress']");
        if (label) {
            label.parentNode.removeChild(label);
        }
        // The summary above shows the counts and any reason, so the live text only announces the end.
        live.textContent = body.state === "stopped" ? "The check stopped early." : "The check has finished.";
        if (stop) {
            stop.hidden = true;
        }
        if (start) {
            start.querySelector("button").textContent = "Check all clients again";
            start.hidden = false;
        }
    }

    function updatedListLink() {
        var paragraph = element("p", "The list below still shows the statuses from before the check. ");
        paragraph.id = "client-check-list-link";
        var link = element("a", "Show the updated list");
        link.href = listUrl;
        paragraph.appendChild(link);
        return paragraph;
    }

    function countTable(counts) {
        var table = element("table");
        table.className = "table table-compact";
        table.appendChild(element("caption", "Clients by status after the check"));
        var head = element("thead");
        var headRow = element("tr");
        ["Status", "Clients"].forEach(function (text) {
            var cell = element("th", text);
            cell.scope = "col";
            headRow.appendChild(cell);
        });
        head.appendChild(headRow);
        table.appendChild(head);
        var rows = element("tbody");
        counts.forEach(function (count) {
            var row = element("tr");
            row.appendChild(element("td", count.name));
            row.appendChild(element("td", String(count.count)));
            rows.appendChild(row);
        });
        table.appendChild(rows);
        return table;
    }

    function read() {
        fetch(statusUrl, { headers: { "Accept": "application/json" }, credentials: "same-origin", cache: "no-store" })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error("status " + response.status);
                }
                return response.json();
            })
            .then(function (body) {
                if (body.state === "running") {
                    showProgress(body);
                    wait = body.checked !== lastChecked ? shortestWait : Math.min(wait * 1.5, longestWait);
                    lastChecked = body.checked;
                    window.setTimeout(read, wait);
                } else if (body.state === "completed" || body.state === "stopped") {
                    showSummary(body);
                }
            })
            .catch(function () {
                wait = Math.min(wait * 2, longestWait);
                window.setTimeout(read, wait);
            });
    }

    window.setTimeout(read, wait);
}());
