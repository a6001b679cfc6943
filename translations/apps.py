from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    name = "translations"
    verbose_name = _("Translation workflow")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail_localize.models import TranslationLog

        from translations import localize_gaps, setup, structure

        # After every migrate: synced trees, stand-ins and one translator group per language.
        post_migrate.connect(setup.setup_after_migrate, sender=self, dispatch_uid="translations.setup")
        # A new language tree root (home page) gets its translator group's page permissions.
        post_save.connect(setup.grant_on_new_locale_root, dispatch_uid="translations.new_locale_root")
        post_save.connect(
            localize_gaps.keep_stand_in_until_published,
            sender=TranslationLog,
            dispatch_uid="translations.keep_stand_in",
        )
        localize_gaps.limit_translation_editor_to_own_languages()
        localize_gaps.keep_structural_actions_from_translators()
        localize_gaps.preview_translations_as_published()
        structure.use_language_page_permissions()
        structure.refuse_in_users_language()
