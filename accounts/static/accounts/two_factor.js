// After django-otp-webauthn registers a passkey, go to the page named by data-success-url.
document.addEventListener("otp_webauthn.register_complete", () => {
  const section = document.querySelector("[data-two-factor-registration]");
  if (section && section.dataset.successUrl) {
    window.location.assign(section.dataset.successUrl);
  }
});
