"""Roles near the top of a ladder, where a career path of fewer than three steps is honest."""

TOP_OF_LADDER = frozenset(
    {
        "cto",
        "ciso",
        "chief-product-officer",
        "vp-of-engineering",
        "director-of-engineering",
        "director-of-product",
        "group-product-manager",
        "design-manager",
        "head-of-data",
        "principal-engineer",
        "staff-engineer",
        "security-architect",
    }
)
