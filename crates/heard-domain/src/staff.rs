//! Staff roles. What each role may do is decided by the permission table in
//! [`crate::permissions`]; this module only names the roles and says which are tied to one
//! division.

use crate::case::coded_enum;

coded_enum! {
    /// A staff member's role.
    Role {
        /// A 311 agent: takes contacts on every channel and triages.
        Agent = "agent",
        /// Division staff: handle their division's cases.
        DivisionStaff = "division_staff",
        /// A division supervisor: oversee their division's queue, authorise extensions.
        DivisionSupervisor = "division_supervisor",
        /// An escalation reviewer: answer escalated reviews.
        EscalationReviewer = "escalation_reviewer",
        /// An analyst: sees reports, never personal data.
        Analyst = "analyst",
        /// An administrator: manages users and configuration.
        Administrator = "administrator",
    }
}

impl Role {
    /// Whether a user with this role belongs to one division and sees only its cases.
    pub fn is_divisional(self) -> bool {
        matches!(self, Role::DivisionStaff | Role::DivisionSupervisor)
    }
}
