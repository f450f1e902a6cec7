"""Overrides pyinstaller-hooks-contrib's hook-phonenumbers (which collects every
submodule, including 40 MB of geocoder data).

phonenumbers imports its per-region metadata (phonenumbers.data.region_XX,
phonenumbers.shortdata.region_XX) lazily, so all of those are collected; the
optional data sets named in the spec's hooksconfig
``{"phonenumbers": {"skip": [...]}}`` are left out (and also excluded).
"""

from PyInstaller.utils.hooks import collect_submodules, get_hook_config


def hook(hook_api):  # type: ignore[no-untyped-def]
    skip = tuple(get_hook_config(hook_api, "phonenumbers", "skip") or ())

    def wanted(name: str) -> bool:
        return not any(name == s or name.startswith(s + ".") for s in skip)

    hook_api.add_imports(*collect_submodules("phonenumbers", filter=wanted))
