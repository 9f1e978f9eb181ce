"""English plural forms for the manager's desk, read by mobile/office/i18n/fill_en.py."""
EN = {
    "%n job(s)": ("%n job", "%n jobs"),
    "NPS %1 (%n answer(s))": ("NPS %1 (%n answer)", "NPS %1 (%n answers)"),
    "%n job(s) with a checked fee": ("%n job with a checked fee", "%n jobs with a checked fee"),
    "Service revenue: %1 from %n job(s)": ("Service revenue: %1 from %n job",
                                           "Service revenue: %1 from %n jobs"),
    "Service revenue %1 from %n job(s)": ("Service revenue %1 from %n job",
                                          "Service revenue %1 from %n jobs"),
    "Imported %n shift(s)": ("Imported %n shift", "Imported %n shifts"),
}
