package org.innovationledger.command.studio;

import java.time.LocalDate;

/** A current member of a studio (工作室成员); an apprentice (徒弟) is trained by the studio. */
record Member(String name, String role, boolean apprentice, LocalDate joinedOn) {
}
