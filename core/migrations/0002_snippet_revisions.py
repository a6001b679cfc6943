"""Revisions for the snippets, and a first revision of each existing row."""

import django.db.models.deletion
from django.db import migrations, models
from django.utils import timezone
from modelcluster.models import get_serializable_data_for_fields

APP_LABEL = "core"
DESCRIPTIONS = {
    "footertext": lambda row: row.organisation_name,
    "socialaccount": lambda row: row.handle,
    "contactemail": lambda row: row.label,
}


def record_current_versions(apps, schema_editor):
    """A first revision of every existing row, so that its first change keeps what it replaced."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    now = timezone.now()
    for model_name, describe in DESCRIPTIONS.items():
        model = apps.get_model(APP_LABEL, model_name)
        rows = list(model.objects.filter(latest_revision__isnull=True))
        if not rows:
            continue
        content_type = ContentType.objects.get_for_model(model)
        for row in rows:
            revision = Revision.objects.create(
                content_type=content_type,
                base_content_type=content_type,
                object_id=str(row.pk),
                created_at=now,
                object_str=describe(row)[:255],
                content=get_serializable_data_for_fields(row),
            )
            model.objects.filter(pk=row.pk).update(latest_revision=revision)


class Migration(migrations.Migration):

    dependencies = [
        ('core', '0001_initial'),
        ('wagtailcore', '0097_baselogentry_uuid_action_timestamp_indexes'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.AddField(
            model_name='contactemail',
            name='latest_revision',
            field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='latest revision'),
        ),
        migrations.AddField(
            model_name='footertext',
            name='latest_revision',
            field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='latest revision'),
        ),
        migrations.AddField(
            model_name='socialaccount',
            name='latest_revision',
            field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailcore.revision', verbose_name='latest revision'),
        ),
        migrations.RunPython(record_current_versions, migrations.RunPython.noop),
    ]
