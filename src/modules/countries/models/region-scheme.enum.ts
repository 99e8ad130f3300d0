import { registerEnumType } from '@nestjs/graphql';

export enum RegionScheme {
  REVIEW = 'REVIEW',
  GEOGRAPHIC = 'GEOGRAPHIC',
}

registerEnumType(RegionScheme, {
  name: 'RegionScheme',
  description: 'REVIEW: the five UN regional commissions, which run the GCM regional reviews. GEOGRAPHIC: the UN M49 continents.',
});

export enum UnStatusEnum {
  MEMBER_STATE = 'MEMBER_STATE',
  OBSERVER_STATE = 'OBSERVER_STATE',
}

registerEnumType(UnStatusEnum, { name: 'UnStatus', description: 'Standing at the United Nations.' });
