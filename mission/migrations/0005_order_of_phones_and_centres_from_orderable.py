"""Phone numbers and information centres take their order field from Wagtail's Orderable.

The column stays an integer holding the same values (only the non-negative check goes), so the
editors' order is kept as it is.
"""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('mission', '0004_coordinators_choose_no_files'),
    ]

    operations = [
        migrations.AlterField(
            model_name='contactphone',
            name='sort_order',
            field=models.IntegerField(blank=True, editable=False, null=True),
        ),
        migrations.AlterField(
            model_name='informationcentre',
            name='sort_order',
            field=models.IntegerField(blank=True, editable=False, null=True),
        ),
    ]
