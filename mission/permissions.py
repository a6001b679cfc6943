"""Who may see applications: the "Mission coordinators" group and superusers, nobody else.

Editors and translators can edit the application form pages, but the answers people send
are personal data that can put them at risk; Wagtail's page permissions are not enough.
"""

COORDINATORS_GROUP = "Mission coordinators"


def can_see_applications(user):
    if not (user and user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    cache_attr = "_mission_coordinator"
    if not hasattr(user, cache_attr):
        setattr(user, cache_attr, user.groups.filter(name=COORDINATORS_GROUP).exists())
    return getattr(user, cache_attr)
