"""The phone normaliser: equivalences, extensions, garbage."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.contacts import phones


@pytest.mark.parametrize("raw", ["020 7946 0018", "+44 20 7946 0018", "0044 20 7946 0018",
                                 "(020) 7946-0018", "+44 (0)20 7946 0018"])
def test_uk_forms_are_one_number(raw: str) -> None:
    n = phones.normalize(raw, "GB")
    assert n.e164 == "+442079460018"
    assert n.digits_rev == "810064970244"
    assert n.raw == raw


def test_us_forms_are_one_number() -> None:
    forms = ["(201) 555-0123", "201-555-0123", "+1 201 555 0123", "1-201-555-0123",
             "011 1 201 555 0123"]
    assert {phones.normalize(f, "US").e164 for f in forms} == {"+12015550123"}


@pytest.mark.parametrize("raw,ext", [("020 7946 0018 x123", "123"),
                                     ("020 7946 0018 ext. 45", "45"),
                                     ("+44 20 7946 0018;ext=7", "7"),
                                     ("020 7946 0018 #99", "99")])
def test_extension_is_kept_apart(raw: str, ext: str) -> None:
    n = phones.normalize(raw, "GB")
    assert n.e164 == "+442079460018"
    assert n.extension == ext


def test_search_digits_carry_international_and_national_forms() -> None:
    n = phones.normalize("+44 20 7946 0018", "GB")
    assert "442079460018" in n.search_digits.split()
    assert "02079460018" in n.search_digits.split()


@pytest.mark.parametrize("raw", ["", "hello", "abc123", "12", "020 7946 0018; DROP TABLE"])
def test_garbage_is_refused_with_a_message(raw: str) -> None:
    with pytest.raises(phones.PhoneError) as err:
        phones.normalize(raw, "GB")
    assert "phone" in str(err.value).lower()


def test_network_numbers_are_kept_when_unparseable() -> None:
    n = phones.normalize("**21#", "GB", strict=False)
    assert n.e164 is None and n.digits == "21"


@given(st.text(max_size=40))
def test_network_input_never_raises(raw: str) -> None:
    phones.normalize(raw, "GB", strict=False)


def test_next_digit_string() -> None:
    assert phones.next_digit_string("1239") == "124"
    assert phones.next_digit_string("1238") == "1239"
    assert phones.next_digit_string("999") is None


def test_display_is_national_at_home_international_abroad() -> None:
    assert phones.format_display("+442079460018", "x", "GB") == "020 7946 0018"
    assert phones.format_display("+12015550123", "x", "GB") == "+1 201-555-0123"


@pytest.mark.parametrize("region", ["GB", "US", "DE", "FR", "NO", "ZA", "AU"])
def test_bulk_templates_give_what_normalize_gives(region: str) -> None:
    tmpls = phones.templates(region)
    assert tmpls, f"no valid number template for {region}"
    for tmpl in tmpls:
        for suffix in (0, 7, 123456, 999999, 42424):
            fast = tmpl.make(suffix)
            assert phones.normalize(fast.raw, region) == fast
            assert phones.is_valid(fast.raw, region)


def test_numbers_of_the_home_calling_code_show_nationally() -> None:
    # Jersey shares +44: from a GB desk it is dialled as a national number
    assert phones.format_display("+441534456789", "x", "GB") == "01534 456789"
    assert phones.format_display("+4915123456789", "x", "GB").startswith("+49 ")


@pytest.mark.parametrize("number,region,dialled", [
    ("+442079460018", "GB", "02079460018"),
    ("020 7946 0018", "GB", "02079460018"),
    ("+12015550123", "GB", "0012015550123"),
    ("+12015550123", "US", "12015550123"),  # long distance: the 1 prefix
    ("+442079460018", "US", "011442079460018"),
    ("**21#", "GB", "**21#"),
])
def test_dial_digits_are_what_the_local_line_dials(number: str, region: str, dialled: str) -> None:
    assert phones.dial_digits(number, region) == dialled
