"""What the contact dialog offers: its type and account-kind choices, and the
columns of its phone, e-mail, address, website, information and bank lists.
Labels are English, marked for translation (``make translations``) and shown
in the user's language where the dialog builds its widgets."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP
from app.services.contacts.core import MAX_LENGTHS
from app.views.widgets.fields import FieldSpec

# (English label, value); shown through translate("ContactDialog", label)
CONTACT_TYPES = ((QT_TRANSLATE_NOOP("ContactDialog", "Lead"), "lead"),
                 (QT_TRANSLATE_NOOP("ContactDialog", "Potential"), "potential"),
                 (QT_TRANSLATE_NOOP("ContactDialog", "Customer"), "customer"),
                 (QT_TRANSLATE_NOOP("ContactDialog", "Account"), "account"))
ACCOUNT_KINDS = ((QT_TRANSLATE_NOOP("ContactDialog", "Reseller"), "reseller"),
                 (QT_TRANSLATE_NOOP("ContactDialog", "Competitor"), "competitor"),
                 (QT_TRANSLATE_NOOP("ContactDialog", "Media"), "media"),
                 (QT_TRANSLATE_NOOP("ContactDialog", "Other"), "other"))
# the lists' columns: labels in context "Fields", which RowListEditor translates
PHONE_FIELDS = (FieldSpec("kind", QT_TRANSLATE_NOOP("Fields", "Type"),
                          (("work", QT_TRANSLATE_NOOP("Fields", "Work")),
                           ("mobile", QT_TRANSLATE_NOOP("Fields", "Mobile")),
                           ("home", QT_TRANSLATE_NOOP("Fields", "Home")),
                           ("fax", QT_TRANSLATE_NOOP("Fields", "Fax"))), 0, "work"),
                FieldSpec("number", QT_TRANSLATE_NOOP("Fields", "Number (extension after “ext.”)"),
                          stretch=3, max_length=MAX_LENGTHS["phones.number"]))
EMAIL_FIELDS = (FieldSpec("address", QT_TRANSLATE_NOOP("Fields", "E-mail address"), stretch=3,
                          max_length=MAX_LENGTHS["emails.address"]),
                FieldSpec("kind", QT_TRANSLATE_NOOP("Fields", "Type"),
                          (("work", QT_TRANSLATE_NOOP("Fields", "Work")),
                           ("home", QT_TRANSLATE_NOOP("Fields", "Home")),
                           ("other", QT_TRANSLATE_NOOP("Fields", "Other"))), 0, "work"))
ADDRESS_FIELDS = (FieldSpec("street", QT_TRANSLATE_NOOP("Fields", "Street"), stretch=3,
                            max_length=MAX_LENGTHS["addresses.street"]),
                  FieldSpec("postcode", QT_TRANSLATE_NOOP("Fields", "Postcode"),
                            max_length=MAX_LENGTHS["addresses.postcode"]),
                  FieldSpec("city", QT_TRANSLATE_NOOP("Fields", "City"), stretch=2,
                            max_length=MAX_LENGTHS["addresses.city"]),
                  FieldSpec("region", QT_TRANSLATE_NOOP("Fields", "Region"),
                            max_length=MAX_LENGTHS["addresses.region"]),
                  FieldSpec("country", QT_TRANSLATE_NOOP("Fields", "Country (GB, NO …)"),
                            max_length=MAX_LENGTHS["addresses.country"]),
                  FieldSpec("kind", QT_TRANSLATE_NOOP("Fields", "Type"),
                            (("postal", QT_TRANSLATE_NOOP("Fields", "Postal")),
                             ("visiting", QT_TRANSLATE_NOOP("Fields", "Visiting")),
                             ("invoice", QT_TRANSLATE_NOOP("Fields", "Invoice")),
                             ("delivery", QT_TRANSLATE_NOOP("Fields", "Delivery"))), 0, "postal"))
WEBSITE_FIELDS = (FieldSpec("url", QT_TRANSLATE_NOOP("Fields", "Website"),
                            max_length=MAX_LENGTHS["websites.url"]),)
INFO_FIELDS = (FieldSpec("key", QT_TRANSLATE_NOOP("Fields", "Name"),
                         max_length=MAX_LENGTHS["extra_info.key"]),
               FieldSpec("value", QT_TRANSLATE_NOOP("Fields", "Value"), stretch=2))
BANK_FIELDS = (FieldSpec("iban", QT_TRANSLATE_NOOP("Fields", "IBAN"), stretch=3,
                         max_length=MAX_LENGTHS["bank_accounts.iban"]),
               FieldSpec("bic", QT_TRANSLATE_NOOP("Fields", "BIC"),
                         max_length=MAX_LENGTHS["bank_accounts.bic"]),
               FieldSpec("bank_name", QT_TRANSLATE_NOOP("Fields", "Bank"), stretch=2,
                         max_length=MAX_LENGTHS["bank_accounts.bank_name"]),
               FieldSpec("account_holder", QT_TRANSLATE_NOOP("Fields", "Account holder"), stretch=2,
                         max_length=MAX_LENGTHS["bank_accounts.account_holder"]))
