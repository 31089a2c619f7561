"""Drawing the citizen council by lot: quotas from the pact, pools, fair draws, letters,
renewals and replacements (issue 6, docs/tirage.md).

Modules, one job each:

- ``quotas``   the pact's council clause and the commune's demographics → min/max quotas
- ``pool``     a pool CSV (one row per volunteer) → validated people, French errors by line
- ``synth``    synthetic pools drawn from the commune's demographics, seeded
- ``fair``     maximin / leximin over *profiles* (people with identical features), HiGHS
- ``library``  the Sortition Foundation's ``sortition-algorithms`` (maximin, nash, legacy,
               smallest relaxation of infeasible quotas)
- ``relax``    infeasible quotas explained in French
- ``draw``     one draw: the panel, each person's probability, the quota table
- ``letters``  invitation letters needed for a target pool, chance that the quotas hold
- ``renewal``  the councils of the mandate and top-up draws that keep seated members
- ``audit``    seeds, versions, hashes and atomic writing of the results
- ``report``   a draw as JSON, French text and output files
- ``summary``  the draw in a few figures, for ``pacte bilan``
- ``text``     matching what people type (accents, case, dashes)
"""
