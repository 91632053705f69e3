from django.contrib.admin.apps import AdminConfig as DjangoAdminConfig


class AdminConfig(DjangoAdminConfig):
    """Django's admin, on Scrutiny's AdminSite (see scrutiny/admin_site.py)."""

    default_site = "scrutiny.admin_site.AdminSite"
