"""``{% csp_nonce %}``: the nonce of the admin's Content-Security-Policy (see core.csp).

Installed as a template builtin, so that the admin packages' templates can use it without a
``{% load %}`` (core.csp.NoncedTemplateLoader writes it into their inline tags).
"""

from django import template

from core.csp import current_nonce

register = template.Library()


@register.simple_tag
def csp_nonce():
    return current_nonce()
