"""Models every app shares: abstract page mixins and site-wide translatable snippets."""

from .mixins import PAGE_TRANSLATABLE_FIELDS, ListingMixin
from .snippets import ContactEmail, FooterText, SocialAccount

__all__ = ["PAGE_TRANSLATABLE_FIELDS", "ContactEmail", "FooterText", "ListingMixin", "SocialAccount"]
