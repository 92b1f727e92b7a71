<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name />
    <message>
        <source>undo</source>
        <comment>{skill} was changed outside this window (in another window or on the command line) after your change, so undoing it here would overwrite that. Nothing was changed; the step was removed from the undo history.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From O*NET: occupation {code}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your own role.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Curated profile, written and reviewed for CareerDesk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Based on O*NET occupation {code}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the O*NET occupation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the curated profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See also</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>and {n} more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What people in this work tend to enjoy, strongest first (O*NET).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{currency} per {period}, {region}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CareerPathView</name>
    <message>
        <source>Career path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next steps from {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moves from {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This shows the promotion ladder: the usual next roles, one above the other.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is the top of the ladder in the catalogue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No promotion ladder is recorded for this role; below are related roles: sideways moves to occupations that share much of the work.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No next steps or related roles are recorded for this role.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You are here · {t}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title}: you are here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Related roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (as O*NET lists them)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sideways moves, not promotions{source}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roles that lead here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The next step from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Further along the path from:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No role in the catalogue names this one on its path.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not in the catalogue yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Related move · you have {c}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have {c}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Related move: {c}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChecklistDelegate</name>
    <message>
        <source>learning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✎ note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Compare from role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare to role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose two roles to compare.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CvScanDialog</name>
    <message>
        <source>Skills from your CV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skills your CV shows; untick any you do not want marked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From your CV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untick a&amp;ll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as had</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading your CV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the CV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No skills the catalogue knows were found in {source}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{source} shows {total} skills. {n} are ticked to be marked as had, each with the sentence it came from as evidence (evidence you wrote yourself is kept). Nothing is saved until you confirm, and the CV itself is never stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your skills are as they were.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExploreDialog</name>
    <message>
        <source>Explore by interests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick the kinds of work you enjoy (most enjoyed first) and the preparation you have or are willing to get.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any preparation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job zone {n}: {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matching occupations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick at least one interest area.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} occupations; double-click one to open it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No occupation matches; try fewer interests or another zone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FaqItem</name>
    <message>
        <source>Show or hide the answer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FaqView</name>
    <message>
        <source>Expand all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expand all answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collapse all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collapse all answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Frequently asked questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No questions for {title} yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} questions people ask about this role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No questions and answers have been written for this role yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FitModel</name>
    <message>
        <source>none listed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>US annual median wage of the role's occupation (BLS OEWS May 2025)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GapView</name>
    <message>
        <source>Skill gap for the target role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right-click or press the menu key on a skill to change its status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a target role to see what you have and what is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where to learn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To learn, most important first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Have</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GuideView</name>
    <message>
        <source>CareerDesk user guide</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IsoDates</name>
    <message>
        <source>Due date</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JobAdDialog</name>
    <message>
        <source>Check a job ad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job ad text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste the job ad here, or open a file. It stays on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check &amp;another ad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The skills the ad asks for will appear here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of the ad's skills you have</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skills the ad asks for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the ad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make this my &amp;target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a job ad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the ad…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not read the ad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste a job ad first, or open a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finding the skills in the ad…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not check the ad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No skills the catalogue knows were found in this ad.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have {have} of the {total} skills this ad asks for ({percent}%).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing, most important first: {names}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closest roles: {roles}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make this my target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of your target role:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job ad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The ad was not saved</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LearnLabel</name>
    <message>
        <source>Where to learn the selected skill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a skill to see where to learn it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where to learn {skill}: {links}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No learning link for {skill} yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your progress for this role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The best {n} matches; type more to narrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>O*NET occupation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Curated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>also known as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have {have} of this role's {total} skills ({percent}%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No skills are recorded for this role yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{roles} roles in the catalogue  ·  {skills} skills ticked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save your change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change was not saved, so it is not shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responsibilities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;sponsibilities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;kills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FAQ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;FAQ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Career Path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Career Path</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>{skill}: status and notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: {s}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What you are doing about it, or anything to remember</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A link or a short proof, e.g. led the Kafka migration in 2025</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Role overview</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shown on the exported plan (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set a target date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(choose a role)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I am now a</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I want to become a</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the plan as PDF or Markdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter best-fit roles by family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No roles in the catalogue yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roles ranked by how much of them you have</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every role, ranked by the share of its skills you already have. Double-click or press Enter to open one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Best fit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{id} (no longer in the catalogue)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All families</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a target role to see what you have and what is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your target role ({id}) is no longer in the catalogue. Your plan is kept; choose another target to see the gap.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have {have} of the {total} skills {title} need ({percent}%): {learning} in progress, {missing} still to start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have {have} of the {total} skills a {title} needs ({percent}%): {learning} in progress, {missing} still to start.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Progress per skill group</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>undo</source>
        <comment>Nothing to undo for {skill}</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ResponsibilitiesView</name>
    <message>
        <source>Key responsibilities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What {title} do, week in, week out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What a {title} is expected to do, week in, week out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No tasks are recorded for this role yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RoleEditorDialog</name>
    <message>
        <source>Edit role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary (paragraphs separated by a blank line)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Market outlook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also known as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responsibilities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seniority levels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Salary {field}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Levels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questions and answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Career path, in order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready to save: {title}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RoleListDelegate</name>
    <message>
        <source>Curated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>O*NET</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SkillChecklistModel</name>
    <message>
        <source>Evidence: {e}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{group}  ·  {have} of {total}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SkillsView</name>
    <message>
        <source>Skill progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of this role's skills you have</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick what you can already do; right-click a skill to mark it as learning or add a note. Everything is saved at once and shared by every role.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skill checklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space ticks or unticks the selected skill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> O*NET's skills and knowledge come most important first, with the level the work needs (0-7); in-demand tools first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title} lists no skills yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{have} of {total} skills, {percent}%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No skills are recorded for this role yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Schedule by the target date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give every open skill a due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export milestones…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the milestones as a calendar file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Milestones: double-click a due date or an effort to change it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Effort (weeks)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Milestones on a time axis, today marked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skills you had, week by week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days you made progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days with progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a target role to plan dates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} of {total} skills now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No progress recorded yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} days with progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no date)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the {n} due dates you have with new ones, from today to the target date?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not schedule the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not change the milestone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{problem}. The plan is unchanged.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WelcomeBanner</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome to CareerDesk. Tick the skills you already have on any role's Skills tab: each tick is saved at once and counts for every role that lists the skill. Then open My plan (Ctrl+2), choose the role you want next, and see what to learn first; everything stays on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Got it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss the welcome</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Preparing the role catalogue…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>background</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>combo</name>
    <message>
        <source>All families</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type to find a role</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>tick {n} skills from your CV</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>empty_state</name>
    <message>
        <source>What is this?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CareerDesk hit an unexpected problem. Your ticks are saved as you make them, so nothing you changed before this is lost. If it keeps happening, restart the app.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>CareerDesk {version}

Plan your next career step: read role profiles, tick the skills you have and see what is missing. Everything stays on this computer.

Licence: MIT.

Salary figures: US Bureau of Labor Statistics, Occupational Employment and Wage Statistics (May 2025), unless a profile names another source; every source is listed in data/SOURCES.md. The curated profiles' text is CareerDesk's own.

The built-in O*NET occupations (and any newer release you import) include information from O*NET 29.3 by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license; CareerDesk has modified it, and USDOL/ETA has not approved, endorsed or tested these modifications.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About CareerDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source># CareerDesk Help

The user guide is missing from this installation. Reinstalling CareerDesk brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role already in the catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You already have these roles:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace them with the imported ones, or keep both (the imported role is saved as a new role with “(imported)” after its title)? Replacing a catalogue role is undone by removing yours later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the role you want to become (“I want to become a”) to export or print your plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your target role is no longer in the catalogue: choose another one to export or print your plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to export yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a target role first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan saved to {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a target role in My Plan first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No milestones yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give skills due dates first: "Schedule by the target date" on the Timeline tab of My plan proposes them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export milestones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not export the milestones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was written. Choose a folder you can write to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} milestones saved to {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not export the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print preview: {title}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I &amp;have this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I am &amp;learning this</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note and &amp;evidence…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learn: {title}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scan my CV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No backup was made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CareerDesk backups (*.sqlite)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace your current ticks, notes and plan with the backup {name}? What you have now is backed up first, so this can be undone by restoring that backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your data was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored. Your previous data is kept in {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No roles in the catalogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import or add roles to start planning (File &gt; Import roles, File &gt; New role).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No role is open: the catalogue has no roles yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search titles, other names, skills…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Curated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>O*NET</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CareerDesk Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read from {source}: {resp} responsibilities, {skills} skills ({matched} matched to skills the catalogue already knows, so your ticks count), {faq} questions, {steps} career-path steps. Check each tab and correct anything that was read wrongly, then save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the imported role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{title} is now your {which} role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix these problems and import again; no role was added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No role was added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported {n} role(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The page could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not export the role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove your role “{title}”? Your ticks and notes are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not remove the role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the O*NET text-format folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the O*NET database…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adding {n} occupations to the catalogue…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>O*NET import cancelled; nothing was changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>O*NET was not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The catalogue was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} O*NET occupations imported, in place of the built-in ones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace role?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A role with the id “{id}” exists already. Save this one in its place?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save the role</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>