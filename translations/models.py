"""Which user groups are tied to one language: the source-language editors and each translator team."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _


class LanguageRole(models.Model):
    """Marks a group as working in one language only (see translations.access for what it limits).

    Created by ``manage.py setup_languages`` (which ``migrate`` runs too); not edited by hand.
    """

    EDITORS = "editors"
    TRANSLATORS = "translators"
    ROLE_CHOICES = [(EDITORS, _("editors of the source language")), (TRANSLATORS, _("translators"))]

    group = models.OneToOneField(Group, on_delete=models.CASCADE, related_name="language_role", verbose_name=_("group"))
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="+", verbose_name=_("language")
    )
    role = models.CharField(_("role"), max_length=20, choices=ROLE_CHOICES)

    class Meta:
        verbose_name = _("language role")
        verbose_name_plural = _("language roles")
        constraints = [
            models.UniqueConstraint(
                fields=["locale"],
                condition=models.Q(role="translators"),
                name="one_translator_group_per_language",
            )
        ]

    def __str__(self):
        return f"{self.group.name} ({self.locale.language_code})"
