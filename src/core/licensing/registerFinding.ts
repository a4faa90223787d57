export { registerFinding, registerSheetName, type CellProblem } from '../findings/cellFinding';
