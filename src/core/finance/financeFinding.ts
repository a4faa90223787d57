export { registerFinding as locateFinding, registerSheetName, type CellProblem as CellFinding } from '../findings/cellFinding';
