//! What each staff role may do: one table, read by [`allows`], by the staff console's routes
//! and by the page that lists the roles, so the rules and their description cannot differ.

use crate::case::coded_enum;
use crate::staff::Role;

coded_enum! {
    /// Something a staff member may be allowed to do.
    Action {
        /// See a queue of cases.
        ViewQueue = "view_queue",
        /// Open a case and read its history.
        ViewCase = "view_case",
        /// See the resident's name, contact details and address.
        ViewPersonalData = "view_personal_data",
        /// Acknowledge a case to the resident.
        Acknowledge = "acknowledge",
        /// Make a staff member responsible for a case.
        Assign = "assign",
        /// Add a note for staff only.
        AddNote = "add_note",
        /// Send the resident an update.
        SendUpdate = "send_update",
        /// Ask the resident for more information, stopping the clock.
        RequestInformation = "request_information",
        /// Answer the first stage with an outcome and reasons.
        Resolve = "resolve",
        /// Close a case.
        Close = "close",
        /// Open a closed or answered case again.
        Reopen = "reopen",
        /// Send a case to another division or category.
        Reroute = "reroute",
        /// Give a stage more time.
        GrantExtension = "grant_extension",
        /// Answer an escalated review.
        AnswerReview = "answer_review",
        /// Create, change and disable staff accounts.
        ManageUsers = "manage_users",
        /// See reports without personal data.
        ViewReports = "view_reports",
        /// See the messages to residents that could not be delivered, and send them again.
        RetryDeadLetters = "retry_dead_letters",
        /// Find cases by number, words, the resident's name or contacts, or the address, and
        /// download the list found.
        SearchCases = "search_cases",
        /// Record a complaint, compliment or comment taken by phone, in person, by mail or by
        /// e-mail.
        RecordContact = "record_contact",
    }
}

use Action::*;
use Role::*;

/// The one permission table: each action and the roles that may take it. Divisional roles
/// take them only on their own division's cases (see [`sees_division`]).
const TABLE: &[(Action, &[Role])] = &[
    (
        ViewQueue,
        &[
            Agent,
            DivisionStaff,
            DivisionSupervisor,
            EscalationReviewer,
            Analyst,
            Administrator,
        ],
    ),
    (
        ViewCase,
        &[
            Agent,
            DivisionStaff,
            DivisionSupervisor,
            EscalationReviewer,
            Analyst,
            Administrator,
        ],
    ),
    (
        ViewPersonalData,
        &[Agent, DivisionStaff, DivisionSupervisor, EscalationReviewer],
    ),
    (Acknowledge, &[Agent, DivisionStaff, DivisionSupervisor]),
    (Assign, &[Agent, DivisionStaff, DivisionSupervisor]),
    (
        AddNote,
        &[Agent, DivisionStaff, DivisionSupervisor, EscalationReviewer],
    ),
    (
        SendUpdate,
        &[Agent, DivisionStaff, DivisionSupervisor, EscalationReviewer],
    ),
    (
        RequestInformation,
        &[Agent, DivisionStaff, DivisionSupervisor, EscalationReviewer],
    ),
    (Resolve, &[DivisionStaff, DivisionSupervisor]),
    (Close, &[DivisionStaff, DivisionSupervisor]),
    (Reopen, &[DivisionSupervisor]),
    (Reroute, &[Agent, DivisionSupervisor]),
    (GrantExtension, &[DivisionSupervisor]),
    (AnswerReview, &[EscalationReviewer]),
    (ManageUsers, &[Administrator]),
    (ViewReports, &[DivisionSupervisor, Analyst, Administrator]),
    (RetryDeadLetters, &[DivisionSupervisor, Administrator]),
    // Searching by a person's name finds personal data: the roles that may see it.
    (
        SearchCases,
        &[Agent, DivisionStaff, DivisionSupervisor, EscalationReviewer],
    ),
    (RecordContact, &[Agent, DivisionStaff, DivisionSupervisor]),
];

/// Whether `role` may take `action`, from the one table.
pub fn allows(role: Role, action: Action) -> bool {
    TABLE
        .iter()
        .any(|(a, roles)| *a == action && roles.contains(&role))
}

/// Every action `role` may take, in the table's order.
pub fn actions_of(role: Role) -> Vec<Action> {
    Action::ALL
        .iter()
        .copied()
        .filter(|a| allows(role, *a))
        .collect()
}

/// Whether a user with `role` (and `own_division`, for divisional roles) may see a case of
/// `case_division` at all. Divisional roles see only their own division's cases.
pub fn sees_division(role: Role, own_division: Option<&str>, case_division: &str) -> bool {
    !role.is_divisional() || own_division == Some(case_division)
}

impl Action {
    /// What the action is, in words, for the roles page.
    pub fn words(self) -> &'static str {
        match self {
            ViewQueue => "See the queue of cases",
            ViewCase => "Open a case and read its history",
            ViewPersonalData => "See the resident's name, contact details and address",
            Acknowledge => "Acknowledge a case",
            Assign => "Assign a case to a person",
            AddNote => "Add an internal note",
            SendUpdate => "Send an update to the resident",
            RequestInformation => "Ask the resident for more information",
            Resolve => "Answer a case with an outcome and reasons",
            Close => "Close a case",
            Reopen => "Reopen a case",
            Reroute => "Send a case to another division",
            GrantExtension => "Grant an extension",
            AnswerReview => "Answer an escalated review",
            ManageUsers => "Manage staff accounts",
            ViewReports => "See reports",
            RetryDeadLetters => "See undelivered messages and send them again",
            SearchCases => "Search cases, and download what was found",
            RecordContact => "Record a case taken by phone, in person, by mail or by e-mail",
        }
    }
}

impl Role {
    /// The role's name in words.
    pub fn words(self) -> &'static str {
        match self {
            Agent => "311 agent",
            DivisionStaff => "Division staff",
            DivisionSupervisor => "Division supervisor",
            EscalationReviewer => "Escalation reviewer",
            Analyst => "Analyst",
            Administrator => "Administrator",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_is_in_the_table_once() {
        for action in Action::ALL {
            let rows = TABLE.iter().filter(|(a, _)| a == action).count();
            assert_eq!(rows, 1, "{action} appears {rows} times");
        }
    }

    #[test]
    fn analysts_never_see_personal_data() {
        assert!(!allows(Analyst, ViewPersonalData));
        assert!(allows(Analyst, ViewReports));
    }

    #[test]
    fn only_supervisors_and_administrators_retry_dead_letters() {
        let allowed: Vec<Role> = Role::ALL
            .iter()
            .copied()
            .filter(|r| allows(*r, RetryDeadLetters))
            .collect();
        assert_eq!(allowed, [DivisionSupervisor, Administrator]);
    }

    #[test]
    fn divisional_roles_see_only_their_division() {
        assert!(sees_division(DivisionStaff, Some("water"), "water"));
        assert!(!sees_division(DivisionStaff, Some("water"), "roads"));
        assert!(!sees_division(DivisionSupervisor, None, "roads"));
        assert!(sees_division(Agent, None, "roads"));
    }
}
