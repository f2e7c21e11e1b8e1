// Adds a working "Copy link" button next to a read-only link field. Without JavaScript the button
// stays hidden and the link can be selected and copied by hand.
document.querySelectorAll("[data-copy-target]").forEach(function (button) {
    var field = document.getElementById(button.getAttribute("data-copy-target"));
    var status = button.parentElement.querySelector("[data-copy-status]");
    if (!field || !navigator.clipboard) {
        return;
    }

    button.hidden = false;
    button.addEventListener("click", function () {
        navigator.clipboard.writeText(field.value).then(function () {
            status.textContent = "Link copied.";
        }, function () {
            field.select();
            status.textContent = "Select the link and copy it.";
        });
    });
});
